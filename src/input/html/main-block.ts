// Which block elements hold the article: the largest <article> (or articleBody), else the largest
// <main> (or role=main), else the block Mozilla Readability's measure scores best — text length,
// commas, paragraphs and class/id hints, less its share of link text — with the sibling blocks that
// score near it. With no paragraph worth a score, the whole page.
import type { Page } from './collect.js';

export const WHOLE_PAGE = 0;

/** Readability's starting score of a block by its element. */
const TAG_SCORES: Record<string, number> = {
  address: -3, blockquote: 3, dd: -3, div: 5, dl: -3, dt: -3, form: -3, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5,
  h6: -5, li: -3, ol: -3, pre: 3, td: 3, th: -5, ul: -3,
};

/** Shorter paragraphs are no sign of the article (bylines, buttons, labels). */
const MIN_PARAGRAPH_CHARS = 25;
/** A paragraph's score reaches this many ancestors, less at each level. */
const SCORED_ANCESTORS = 5;

/** Running totals of text and link characters over the paragraphs outside page chrome. */
interface Totals {
  text: number[];
  links: number[];
}

function totalsOf(page: Page): Totals {
  const totals: Totals = { text: [0], links: [0] };
  page.paragraphs.forEach((p, i) => {
    totals.text.push(totals.text[i] + (p.chrome ? 0 : p.text.length));
    totals.links.push(totals.links[i] + (p.chrome ? 0 : p.linkChars));
  });
  return totals;
}

function charsIn(page: Page, totals: Totals, node: number): { text: number; links: number } {
  const { paraStart, paraEnd } = page.nodes;
  return {
    text: totals.text[paraEnd[node]] - totals.text[paraStart[node]],
    links: totals.links[paraEnd[node]] - totals.links[paraStart[node]],
  };
}

function linkDensity(page: Page, totals: Totals, node: number): number {
  const chars = charsIn(page, totals, node);
  return chars.text > 0 ? chars.links / chars.text : 0;
}

function largestLandmark(page: Page, totals: Totals, kind: 'article' | 'main'): number | null {
  let best: number | null = null;
  let bestChars = 0;
  page.nodes.landmark.forEach((landmark, node) => {
    if (landmark !== kind || page.nodes.chrome[node]) return;
    const chars = charsIn(page, totals, node).text;
    if (chars > bestChars) [best, bestChars] = [node, chars];
  });
  return best;
}

/** Each block's score, link density counted in; NaN for blocks no paragraph scored. */
function readabilityScores(page: Page, totals: Totals): Float64Array {
  const { name, parent, hint } = page.nodes;
  const scores = new Float64Array(name.length).fill(NaN);
  for (const paragraph of page.paragraphs) {
    const length = paragraph.text.length;
    if (paragraph.chrome || length < MIN_PARAGRAPH_CHARS) continue;
    const score = 1 + (paragraph.text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(length / 100), 3);
    let node = parent[paragraph.holder];
    for (let level = 0; level < SCORED_ANCESTORS && node >= 0; level++, node = parent[node]) {
      if (Number.isNaN(scores[node])) scores[node] = (TAG_SCORES[name[node]] ?? 0) + hint[node];
      scores[node] += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  return scores.map((score, node) => score * (1 - linkDensity(page, totals, node)));
}

/** Readability's test for a lone paragraph beside the best block: long with few links, or a short sentence. */
function isTextSibling(page: Page, totals: Totals, node: number): boolean {
  if (page.nodes.name[node] !== 'p') return false;
  const { text } = charsIn(page, totals, node);
  const density = linkDensity(page, totals, node);
  if (text > 80) return density < 0.25;
  const paragraphs = page.paragraphs.slice(page.nodes.paraStart[node], page.nodes.paraEnd[node]);
  return text > 0 && density === 0 && paragraphs.some((p) => /\.( |$)/.test(p.text));
}

function scoredBlocks(page: Page, totals: Totals): number[] | null {
  const scores = readabilityScores(page, totals);
  let top = -1;
  scores.forEach((score, node) => {
    if (!page.nodes.chrome[node] && score > 0 && (top < 0 || score > scores[top])) top = node;
  });
  if (top < 0) return null;
  const parent = page.nodes.parent[top];
  if (parent < 0) return [top];
  const threshold = Math.max(10, scores[top] * 0.2);
  const blocks: number[] = [];
  page.nodes.parent.forEach((p, node) => {
    if (p !== parent || page.nodes.chrome[node]) return;
    if (node === top || scores[node] >= threshold || isTextSibling(page, totals, node)) blocks.push(node);
  });
  return blocks;
}

/** The block elements holding the article's text, in page order. */
export function mainBlocks(page: Page): number[] {
  const totals = totalsOf(page);
  const landmark = largestLandmark(page, totals, 'article') ?? largestLandmark(page, totals, 'main');
  if (landmark !== null) return [landmark];
  return scoredBlocks(page, totals) ?? [WHOLE_PAGE];
}

/** The paragraphs of the blocks, less any furniture inside them. */
export function keptParagraphs(page: Page, blocks: number[]): number[] {
  const { paraStart, paraEnd, end } = page.nodes;
  const kept: number[] = [];
  for (const block of blocks) {
    for (let i = paraStart[block]; i < paraEnd[block]; i++) {
      const furniture = page.paragraphs[i].furniture;
      if (furniture <= block || furniture >= end[block]) kept.push(i);
    }
  }
  return kept;
}
