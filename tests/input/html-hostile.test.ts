// Hostile pages finish and return text: no stack overflow (nothing recurses over the nesting), no
// crash. Bounds here are generous; times are measured with a script (see the commit), not asserted.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/input/html.js';

const SENTENCE = 'Rescue teams reached the village, and officials said the road would reopen soon.';

/** Generous: the machine running the tests may be busy. */
const SLOW = { timeout: 120_000 };

describe('readHtml on hostile pages', () => {
  it('reads 100,000 nested elements, closed or not', SLOW, () => {
    const open = '<div>'.repeat(100_000);
    expect(readHtml(`${open}<p>${SENTENCE}</p>`).text).toBe(SENTENCE);
    expect(readHtml(`<article>${open}<p>${SENTENCE}</p>${'</div>'.repeat(100_000)}<p>After.</p></article>`).text).toBe(`${SENTENCE}\n\nAfter.`);
    expect(readHtml(`<article>${'<span>'.repeat(100_000)}${SENTENCE}</article>`).text).toBe(SENTENCE);
  });

  it('drops 100,000 nested asides, and ignores 100,000 stray end tags', SLOW, () => {
    expect(readHtml(`<p>${SENTENCE}</p>${'<aside>Aside Person '.repeat(100_000)}`).text).toBe(SENTENCE);
    expect(readHtml(`${'<div>'.repeat(100_000)}${'</span>'.repeat(100_000)}<p>${SENTENCE}</p>`).text).toBe(SENTENCE);
  });

  it('reads a 10 MB page of paragraphs whole', SLOW, () => {
    const html = `<article>${`<p>${SENTENCE}</p>\n`.repeat(120_000)}</article>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const { text } = readHtml(html);
    expect(text.length).toBe(120_000 * (SENTENCE.length + 2) - 2);
  });

  it('reads unclosed tags, and a script never closed hides only what follows it', SLOW, () => {
    expect(readHtml(`<p><b><i>${SENTENCE}`.repeat(3)).text).toBe(`${SENTENCE}\n\n${SENTENCE}\n\n${SENTENCE}`);
    const script = readHtml(`<article><p>${SENTENCE}</p><script>var s = "<p>Script Person</p>";${' x'.repeat(1_000_000)}`);
    expect(script.text).toBe(SENTENCE);
    expect(readHtml(`<p>${SENTENCE}</p><!-- never closed ${'<p>x</p>'.repeat(1000)}`).text).toBe(SENTENCE);
  });

  it('bounds what a flood of attributes, meta tags and JSON-LD costs', SLOW, () => {
    const attributes = readHtml(`<div ${'data-x=1 '.repeat(200_000)}><p>${SENTENCE}</p></div>`);
    expect(attributes.text).toBe(SENTENCE);
    const metas = readHtml(`${'<meta name="date" content="2024-99-99">'.repeat(100_000)}<p>${SENTENCE}</p>`);
    expect(metas.warnings).toHaveLength(1);
    const deep = `<script type="application/ld+json">${'['.repeat(200_000)}${']'.repeat(200_000)}</script>`;
    expect(readHtml(`${deep}<p>${SENTENCE}</p>`).text).toBe(SENTENCE);
  });
});
