import type { Warning } from '../schema.js';

/** One article as read from an input, before extraction. */
export interface Article {
  id: string;
  source: string;
  text: string;
  /** A publication date given outside the text (JSONL field, HTML meta). */
  publishedAt?: string | null;
  /** Where the article was published, from a JSONL field (see InputOptions.urlField). */
  url?: string;
  /** True for a JSONL line: line-oriented input gets line-oriented output by default. */
  fromJsonl: boolean;
  /** Problems met while reading (invalid bytes replaced, ...). */
  warnings: Warning[];
}

export type InputKind = 'auto' | 'text' | 'jsonl' | 'html';

export interface InputOptions {
  input: InputKind;
  textField: string;
  dateField: string;
  idField: string;
  /** JSONL field holding the article's URL, read when set. */
  urlField?: string;
  /** Longest article text read; longer ones are reported as failed (see limits.ts). */
  maxChars: number;
}

/** What reading the inputs yields: an article, or a failure that names its source. */
export type InputItem = { article: Article } | { error: string; source: string };
