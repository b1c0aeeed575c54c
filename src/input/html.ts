// HTML page → article text: the <article> (else <body>) with scripts, styles and navigation dropped,
// block elements turned into paragraph breaks, entities decoded.

/** Elements whose whole content is never article text. */
const DROPPED_ELEMENTS = ['aside', 'button', 'figure', 'footer', 'form', 'head', 'header', 'iframe', 'nav', 'noscript', 'script', 'select', 'style', 'svg', 'template'];

const BLOCK_TAGS = /<\/?(?:address|article|blockquote|br|dd|div|dl|dt|h[1-6]|hr|li|main|ol|p|pre|section|table|td|th|tr|ul)\b[^>]*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', apos: "'", gt: '>', hellip: '…', ldquo: '“', lsquo: '‘', lt: '<', mdash: '—', nbsp: ' ',
  ndash: '–', quot: '"', rdquo: '”', rsquo: '’',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function innerOf(html: string, tag: string): string | null {
  const open = new RegExp(`<${tag}\\b[^>]*>`, 'i').exec(html);
  if (!open) return null;
  const close = html.toLowerCase().lastIndexOf(`</${tag}>`);
  return html.slice(open.index + open[0].length, close > open.index ? close : undefined);
}

/** The publication date a page declares in its metadata, if any. */
export function htmlPublishedDate(html: string): string | null {
  const meta =
    /<meta\b[^>]*(?:property|name|itemprop)=["'](?:article:published_time|datePublished|pubdate|date)["'][^>]*>/i.exec(html);
  const content = meta && /content=["']([^"']+)["']/i.exec(meta[0]);
  if (content) return content[1];
  const time = /<time\b[^>]*datetime=["']([^"']+)["']/i.exec(html);
  return time ? time[1] : null;
}

export function htmlToText(html: string): string {
  let body = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of DROPPED_ELEMENTS) {
    body = body.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?<\\/${tag}>`, 'gi'), ' ');
  }
  const title = innerOf(html, 'h1') === null ? innerOf(html, 'title') : null;
  const main = innerOf(body, 'article') ?? innerOf(body, 'body') ?? body;
  const text = decodeEntities(
    (title ? `<p>${title}</p>` : '') + main.replace(BLOCK_TAGS, '\n\n').replace(/<[^>]*>/g, ''),
  );
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html\b|<head\b|<body\b|<article\b)/i.test(text);
}
