// Whether a text is an HTML page, from its start alone: kept apart from the page reader (html.ts),
// whose tokenizer package is loaded only when a page is met.

const HTML_START = /^(?:<!doctype html|<html\b|<head\b|<body\b|<article\b|<meta\b|<title\b)/i;

/** Recognises a page by its start, past an XML declaration and comments. */
export function looksLikeHtml(text: string): boolean {
  let rest = text.trimStart();
  if (rest.startsWith('<?xml')) rest = rest.slice(rest.indexOf('>') + 1).trimStart();
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->');
    if (end < 0) return false;
    rest = rest.slice(end + 3).trimStart();
  }
  return HTML_START.test(rest);
}
