export { resolvePaths, isJsonlPath, ARTICLE_EXTENSIONS, type SourceRef } from './paths.js';
export { readArticles } from './read.js';
export type { Article, InputItem, InputKind, InputOptions } from './types.js';
