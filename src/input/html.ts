// HTML page → article text and publication date. One pass of a real tokenizer (html/parse.ts) collects
// the page's paragraphs and metadata without building a tree; the main block is chosen from those
// rows (html/main-block.ts), the headline put first, furniture left out.
import type { Warning } from '../schema.js';
import { collectPage } from './html/collect.js';
import { headlineBefore } from './html/headline.js';
import { keptParagraphs, mainBlocks } from './html/main-block.js';
import { publishedDate } from './html/published-date.js';

export interface HtmlArticle {
  text: string;
  /** The date the page declares (meta, JSON-LD, <time>), if a valid one. */
  publishedAt: string | null;
  /** Declared dates that were not dates (`invalid-date`). */
  warnings: Warning[];
}

export function readHtml(html: string): HtmlArticle {
  const page = collectPage(html);
  const blocks = mainBlocks(page);
  const kept = keptParagraphs(page, blocks);
  const headline = headlineBefore(page, blocks, kept);
  const paragraphs = kept.map((i) => page.paragraphs[i].text);
  const date = publishedDate(page.dates, page.jsonLd);
  return {
    text: (headline === null ? paragraphs : [headline, ...paragraphs]).join('\n\n'),
    publishedAt: date.value,
    warnings: date.warnings,
  };
}
