// The library API: the CLI is a thin layer over `extract`.
import { readDocument, type ReadOptions } from './document/read.js';
import { extractFromDocument } from './extract/pipeline.js';
import type { Profile } from './extract/profile.js';
import type { DocumentRecord, RecordKind } from './schema.js';

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

export { readDocument } from './document/read.js';
export { outputJsonSchema, RECORD_KINDS, SCHEMA_ID } from './schema.js';
export { PROFILES, type Profile } from './extract/profile.js';
export type * from './schema.js';
export type { ReadOptions } from './document/read.js';
export type { NewsDocument } from './document/types.js';
