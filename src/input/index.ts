export { resolvePaths, isJsonlPath, ARTICLE_EXTENSIONS, type SourceRef } from './paths.js';
export { readArticles } from './read.js';
export { readAhead } from './read-ahead.js';
export { DEFAULT_MAX_CHARS } from './limits.js';
export type { Article, InputItem, InputKind, InputOptions } from './types.js';
