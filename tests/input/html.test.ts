import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../src/input/html-start.js';
import { readHtml } from '../../src/input/html.js';

const PAGE = `<!doctype html><html><head><title>Ignored title</title>
<meta property="article:published_time" content="2024-02-03T10:00:00Z">
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
<body><nav><a>Home</a></nav><article><h1>Floods hit the coast</h1>
<p>Rescuers &amp; volunteers said &quot;12 people&quot; were missing.</p><p>Second&nbsp;paragraph.</p></article>
<footer>Copyright</footer></body></html>`;

describe('readHtml', () => {
  it('keeps the article and drops scripts, styles, navigation and footers', () => {
    const text = readHtml(PAGE).text;
    expect(text).toBe('Floods hit the coast\n\nRescuers & volunteers said "12 people" were missing.\n\nSecond paragraph.');
  });

  it('reads the declared publication date', () => {
    expect(readHtml(PAGE).publishedAt).toBe('2024-02-03T10:00:00Z');
    expect(readHtml('<p>No date</p>').publishedAt).toBeNull();
  });

  it('recognises HTML by its start, past an XML declaration and comments', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('Plain <b>text</b> article')).toBe(false);
    expect(looksLikeHtml('<?xml version="1.0"?>\n<!-- saved page -->\n<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('<meta charset="utf-8"><title>Page</title>')).toBe(true);
    expect(looksLikeHtml('<!-- a note never closed')).toBe(false);
  });
});
