// The headline opens the text as its first paragraph: the main block's own h1 (kept in place, or
// taken from the block's header), else the page's h1 that the <title> repeats, else
// the <title>, else the page's first h1.
import type { Page } from './collect.js';
import { WHOLE_PAGE } from './main-block.js';

function isHeadline(page: Page, index: number): boolean {
  const paragraph = page.paragraphs[index];
  return paragraph.heading && (paragraph.furniture < 0 || page.nodes.name[paragraph.furniture] === 'header');
}

/** The headline to put before the kept paragraphs, or null when they already start with it or hold it. */
export function headlineBefore(page: Page, blocks: number[], kept: number[]): string | null {
  const keptSet = new Set(kept);
  for (const block of blocks) {
    for (let i = page.nodes.paraStart[block]; i < page.nodes.paraEnd[block]; i++) {
      const ownHeader = block !== WHOLE_PAGE || page.paragraphs[i].furniture < 0; // not the site's header
      if (isHeadline(page, i) && ownHeader) return keptSet.has(i) ? null : page.paragraphs[i].text;
    }
  }
  const headings = page.paragraphs.filter((_, i) => isHeadline(page, i)).map((p) => p.text);
  const title = page.title || null;
  const headline = headings.find((h) => title !== null && h.length * 2 >= title.length && title.includes(h)) ?? title ?? headings[0] ?? null;
  return headline !== null && page.paragraphs[kept[0]]?.text !== headline ? headline : null;
}
