// Parse events → the page as rows: its paragraphs, the block elements that hold them (to choose the
// main block by), its title and its publication date candidates. Nothing is recursive: an open
// element is one stack entry, a block element one row of `PageNodes`, a paragraph one row.
import { dateAttributes, type DateCandidate } from './date-sources.js';
import { hintWeight } from './hints.js';
import { parseHtml, type Attributes, type ElementHandler } from './parse.js';
import { BLOCK_ELEMENTS, BREAK_ELEMENTS, FORM_ELEMENT, FURNITURE_ELEMENTS, HIDDEN_ELEMENTS } from './tags.js';
import { collapseWhitespace } from './whitespace.js';

export interface Paragraph {
  text: string;
  /** Characters of the text inside links. */
  linkChars: number;
  /** The innermost block element holding the text. */
  holder: number;
  /** The innermost furniture element or form around the text, or −1. */
  furniture: number;
  /** Inside nav, aside, figure, header or footer: never a sign of the main block. */
  chrome: boolean;
  heading: boolean;
}

type Landmark = 'article' | 'main' | null;

/** Block elements in document order, one column per property; row 0 is the whole page. */
export interface PageNodes {
  name: string[];
  parent: number[];
  hint: number[];
  /** The paragraphs inside: rows paraStart ≤ i < paraEnd. */
  paraStart: number[];
  paraEnd: number[];
  /** The nodes inside: rows node < n < end. */
  end: number[];
  chrome: boolean[];
  /** An <article> (or articleBody), a <main> (or role=main), or neither. */
  landmark: Landmark[];
}

export interface Page {
  paragraphs: Paragraph[];
  nodes: PageNodes;
  title: string | null;
  dates: DateCandidate[];
  jsonLd: string[];
}

/** Past these, more JSON-LD is not read: a page's metadata is a few kilobytes. */
const JSON_LD_MAX_CHARS = 256 * 1024;
const JSON_LD_MAX_BLOCKS = 20;

/** What an open element makes of everything inside it: one bit each, counted while open. */
const ROLE = {
  hidden: 1 << 0,
  /** Hidden, and not <head>: an <svg>'s or <template>'s <title> is not the page's. */
  inert: 1 << 1,
  link: 1 << 2,
  furniture: 1 << 3,
  chrome: 1 << 4,
  heading: 1 << 5,
  pre: 1 << 6,
  landmark: 1 << 7,
  title: 1 << 8,
  jsonLd: 1 << 9,
};
const ROLE_BITS = 10;

function landmarkOf(name: string, attributes: Attributes): Landmark {
  if (name === 'article' || attributes.get('itemprop')?.toLowerCase() === 'articlebody') return 'article';
  if (name === 'main' || attributes.get('role')?.toLowerCase() === 'main') return 'main';
  return null;
}

function blockRole(name: string, landmark: Landmark): number {
  const chrome = FURNITURE_ELEMENTS.has(name);
  return (
    (chrome ? ROLE.chrome | ROLE.furniture : 0) | (name === FORM_ELEMENT ? ROLE.furniture : 0) |
    (name === 'h1' ? ROLE.heading : 0) | (name === 'pre' ? ROLE.pre : 0) | (landmark ? ROLE.landmark : 0)
  );
}

export function collectPage(html: string): Page {
  const paragraphs: Paragraph[] = [];
  const nodes: PageNodes = { name: [], parent: [], hint: [], paraStart: [], paraEnd: [], end: [], chrome: [], landmark: [] };
  const page: Page = { paragraphs, nodes, title: null, dates: [], jsonLd: [] };
  const openRoles: number[] = [];
  const openNodes: number[] = [];
  const blocks: number[] = [];
  const furniture: number[] = [];
  const count = new Int32Array(ROLE_BITS);
  const inside = (role: number) => count[31 - Math.clz32(role)] > 0;
  let parts: string[] = [];
  let rawChars = 0;
  let linkRawChars = 0;
  let captured: string[] = [];
  let capturedChars = 0;

  const addNode = (name: string, attributes: Attributes, landmark: Landmark) => {
    const node = nodes.name.length;
    nodes.name.push(name);
    nodes.parent.push(blocks.length > 0 ? blocks[blocks.length - 1] : -1);
    nodes.hint.push(hintWeight(attributes));
    nodes.paraStart.push(paragraphs.length);
    nodes.paraEnd.push(-1);
    nodes.end.push(-1);
    nodes.chrome.push(inside(ROLE.chrome));
    nodes.landmark.push(landmark);
    blocks.push(node);
    return node;
  };
  const closeNode = (node: number) => {
    nodes.paraEnd[node] = paragraphs.length;
    nodes.end[node] = nodes.name.length;
    blocks.pop();
  };
  const flush = () => {
    if (parts.length === 0) return;
    const text = collapseWhitespace(parts.join(''), inside(ROLE.pre));
    if (text) {
      paragraphs.push({
        text,
        linkChars: Math.round((linkRawChars / rawChars) * text.length),
        holder: blocks[blocks.length - 1],
        furniture: furniture.length > 0 ? furniture[furniture.length - 1] : -1,
        chrome: inside(ROLE.chrome),
        heading: inside(ROLE.heading),
      });
    }
    parts = [];
    rawChars = linkRawChars = 0;
  };
  const hiddenRole = (name: string, attributes: Attributes) => {
    if (!HIDDEN_ELEMENTS.has(name)) return 0;
    const role = ROLE.hidden | (name === 'head' ? 0 : ROLE.inert);
    if (name === 'title' && page.title === null && !inside(ROLE.inert)) return role | ROLE.title;
    const jsonLd = name === 'script' && /ld\+json/i.test(attributes.get('type') ?? '');
    return jsonLd && page.jsonLd.length < JSON_LD_MAX_BLOCKS ? role | ROLE.jsonLd : role;
  };
  const endCapture = (role: number) => {
    const text = captured.join('');
    if (role & ROLE.title) page.title = collapseWhitespace(text, false);
    else if (capturedChars <= JSON_LD_MAX_CHARS) page.jsonLd.push(text);
    captured = [];
    capturedChars = 0;
  };
  const enter = (role: number, node: number) => {
    openRoles.push(role);
    openNodes.push(node);
    for (let bit = 0; bit < ROLE_BITS; bit++) if (role & (1 << bit)) count[bit]++;
  };

  const handler: ElementHandler = {
    open(name, attributes) {
      const place = { hidden: inside(ROLE.hidden), chrome: inside(ROLE.chrome), inArticle: inside(ROLE.landmark) };
      dateAttributes(name, attributes, place, page.dates);
      if (place.hidden || HIDDEN_ELEMENTS.has(name)) return enter(hiddenRole(name, attributes), -1);
      if (BREAK_ELEMENTS.has(name)) flush();
      if (!BLOCK_ELEMENTS.has(name)) return enter(name === 'a' ? ROLE.link : 0, -1);
      flush();
      const landmark = landmarkOf(name, attributes);
      const role = blockRole(name, landmark);
      const node = addNode(name, attributes, landmark);
      if (role & ROLE.furniture) furniture.push(node);
      enter(role, node);
    },
    close() {
      const role = openRoles.pop()!;
      const node = openNodes.pop()!;
      if (node >= 0) {
        flush(); // while the element's roles still count for its last paragraph
        closeNode(node);
        if (role & ROLE.furniture) furniture.pop();
      }
      for (let bit = 0; bit < ROLE_BITS; bit++) if (role & (1 << bit)) count[bit]--;
      if (role & (ROLE.title | ROLE.jsonLd)) endCapture(role);
    },
    text(text) {
      if (openRoles.length > 0 && openRoles[openRoles.length - 1] & (ROLE.title | ROLE.jsonLd)) {
        capturedChars += text.length;
        if (capturedChars <= JSON_LD_MAX_CHARS) captured.push(text);
      } else if (!inside(ROLE.hidden)) {
        parts.push(text);
        rawChars += text.length;
        if (inside(ROLE.link)) linkRawChars += text.length;
      }
    },
  };

  addNode('#page', new Map(), null);
  parseHtml(html, handler);
  flush();
  closeNode(0);
  return page;
}
