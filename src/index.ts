// The library API: the CLI is a thin layer over `extract`.
export { extract, type ExtractOptions } from './extract/from-text.js';
export { readDocument } from './document/read.js';
export { outputJsonSchema, RECORD_KINDS, SCHEMA_ID } from './schema.js';
export { PROFILES, type Profile } from './extract/profile.js';
export type * from './schema.js';
export type { ReadOptions } from './document/read.js';
export type { NewsDocument } from './document/types.js';
