// `extract(text)`, apart from the library's index so that the CLI's workers load it without the zod
// schema that the index also exports (zod alone is 0.7 MB of code to compile).
import { readDocument, type ReadOptions } from '../document/read.js';
import type { DocumentRecord, RecordKind } from '../schema.js';
import { extractFromDocument } from './pipeline.js';
import type { Profile } from './profile.js';

export interface ExtractOptions extends ReadOptions {
  /** Record kinds to return; all by default. */
  only?: readonly RecordKind[];
  /** Keep on every record the ids of the rules that produced or changed it (`rules`). */
  explain?: boolean;
  /** Rule set: `news` (default), or `conll` for CoNLL-2003's 1996 sports pages and results tables. */
  profile?: Profile;
}

/** Extracts every fact from one article's text. */
export function extract(text: string, options: ExtractOptions = {}): DocumentRecord {
  return extractFromDocument(readDocument(text, options), options);
}
