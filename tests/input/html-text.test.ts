import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/input/html.js';

const textOf = (html: string) => readHtml(html).text;

const inArticle = (body: string) => `<!doctype html><html><body><article>${body}</article></body></html>`;

describe('readHtml: entities', () => {
  it('decodes named, decimal and hexadecimal references and the no-break space', () => {
    const page = inArticle('<p>Ren&eacute;e Ya&#287;mur met Da&#x11F;han&nbsp;Bey in Caf&eacute; Nord &amp; Sons.</p>');
    expect(textOf(page)).toBe('Renée Yağmur met Dağhan Bey in Café Nord & Sons.');
  });

  it('decodes references without the semicolon as browsers do, and keeps unknown ones as written', () => {
    const page = inArticle('<p>Fish &amp chips &copy 2024 &madeup; &#0; end</p>');
    expect(textOf(page)).toBe('Fish & chips © 2024 &madeup; \uFFFD end');
  });
});

describe('readHtml: hidden elements', () => {
  it('never takes text from scripts, styles, templates, noscript, svg, frames, forms, controls or the head', () => {
    const page = `<html><head><title>Port talks</title><style>.x { content: "Style Person"; }</style></head><body>
      <article><h1>Port talks resume</h1>
      <script>document.write("<p>Script Person spoke</p>");</script>
      <noscript><p>Noscript Person</p></noscript>
      <template><p>Template Person</p></template>
      <svg><text>Svg Person</text><title>Svg Title</title></svg>
      <iframe>Frame Person</iframe>
      <form><label>Form Person</label><input name="q"></form>
      <p>Dock workers met <button>Button Person</button>managers on Monday.</p>
      <select><option>Option Person</option></select>
      </article></body></html>`;
    expect(textOf(page)).toBe('Port talks resume\n\nDock workers met managers on Monday.');
  });
});

describe('readHtml: furniture', () => {
  it('drops nav, aside, figure, figcaption, header and footer however deep they sit in the article', () => {
    const page = inArticle(`<header><p>Header Person</p></header><h1>Bridge reopens</h1>
      <div><div><section><aside><p>Aside Person</p></aside><p>Traffic crossed the bridge again at noon.</p></section></div></div>
      <div><figure><img src="a.jpg"><figcaption>Caption Person</figcaption></figure></div>
      <ul><li><nav><a href="/">Nav Person</a></nav>Engineers said the repairs held.</li></ul>
      <div><span><footer>Footer Person</footer></span></div>`);
    expect(textOf(page)).toBe(
      'Bridge reopens\n\nTraffic crossed the bridge again at noon.\n\nEngineers said the repairs held.',
    );
  });

  it('drops furniture nested in furniture, and resumes after it closes', () => {
    const page = inArticle('<aside><div><nav><aside><p>Deep Person</p></aside></nav></div><p>Also aside</p></aside><p>Back in the story.</p>');
    expect(textOf(page)).toBe('Back in the story.');
  });
});

describe('readHtml: blocks and inline elements', () => {
  it('makes paragraph breaks at block elements and line breaks, and none at inline elements', () => {
    const page = inArticle(`<h2>Sub<em>head</em></h2><p>The mayor of <a href="/x">Ank</a>ara and
      <b>Izmir</b>'s gov<span>ernor</span> spoke.<br>After the break.</p>
      <blockquote>A quoted line.</blockquote><ul><li>First item</li><li>Second item</li></ul>
      <table><tr><td>Cell one</td><td>Cell two</td></tr></table><div>Div text<section>Section text</section>Tail</div>
      <h3>Small heading</h3><pre>line one
line two</pre>`);
    expect(textOf(page)).toBe(
      [
        'Subhead',
        "The mayor of Ankara and Izmir's governor spoke.",
        'After the break.',
        'A quoted line.',
        'First item',
        'Second item',
        'Cell one',
        'Cell two',
        'Div text',
        'Section text',
        'Tail',
        'Small heading',
        'line one\nline two',
      ].join('\n\n'),
    );
  });

  it('closes paragraphs and list items left open, as browsers do', () => {
    const page = inArticle('<p>One<p>Two<ul><li>Three<li>Four</ul>Five');
    expect(textOf(page)).toBe('One\n\nTwo\n\nThree\n\nFour\n\nFive');
  });

  it('joins words split by soft hyphens and zero-width spaces', () => {
    expect(textOf(inArticle('<p>Con&shy;stan&#x200B;tinople</p>'))).toBe('Constantinople');
  });
});
