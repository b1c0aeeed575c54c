import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/input/html.js';

const textOf = (html: string) => readHtml(html).text;

const STORY = [
  'Farmers in the northern valley began the barley harvest on Tuesday, a week earlier than usual, after a dry spring.',
  'The regional cooperative said yields were down, but prices had risen, so most growers expected to break even.',
  'Officials from the agriculture ministry, who visited two farms, promised help with irrigation, seed and storage.',
];

const links = (words: string[]) => words.map((w) => `<a href="/${w}">${w} news today</a>`).join(' ');

describe('readHtml: main block without <article>', () => {
  it('picks the block that scores best over menus, link lists and comments, and puts the h1 first', () => {
    const page = `<html><head><title>Harvest starts early | Valley Times</title></head><body>
      <div id="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></div>
      <div class="layout">
        <div class="story-body"><h1>Harvest starts early</h1>${STORY.map((s) => `<p>${s}</p>`).join('')}</div>
        <div class="sidebar"><p>${links(['Weather', 'Markets', 'Traffic', 'Opinion'])}</p></div>
      </div>
      <div class="comments"><p>Reader Person wrote: great, thanks.</p></div>
      <div class="related"><p>${links(['Elections', 'Courts'])}</p></div>
      </body></html>`;
    expect(textOf(page)).toBe(['Harvest starts early', ...STORY].join('\n\n'));
  });

  it('takes the <title> as the headline when the page has no h1 worth it', () => {
    const page = `<html><head><title>Harvest starts early</title></head><body>
      <header><h1>Valley Times</h1></header>
      <div class="content">${STORY.map((s) => `<p>${s}</p>`).join('')}</div>
      <div class="promo"><p>${links(['Subscribe', 'Newsletter'])}</p></div></body></html>`;
    expect(textOf(page)).toBe(['Harvest starts early', ...STORY].join('\n\n'));
  });

  it('keeps the text of a story split into blocks around an advert', () => {
    const page = `<body><div class="main">
      <div class="text-block"><p>${STORY[0]}</p><p>${STORY[1]}</p></div>
      <div class="ad-slot"><a href="/buy">Buy now</a></div>
      <div class="text-block"><p>${STORY[2]}</p></div></div>
      <div class="footer-links"><p>${links(['About', 'Contact', 'Jobs'])}</p></div></body>`;
    expect(textOf(page)).toBe(STORY.join('\n\n'));
  });

  it('adds the siblings of the best block that score near it or read as story paragraphs', () => {
    const page = `<body><div class="layout"><div class="story"><p>${STORY[0]}</p><p>${STORY[1]}</p></div>
      <div class="sidebar"><p>Sidebar Person, who writes a column, a long one, about the weather here.</p></div>
      <div class="story-more"><p>${STORY[2]}</p></div>
      <p>A closing line of the story that runs past eighty characters, with no links in it at all.</p>
      <p>Short. <a href="/">Link Person</a></p></div></body>`;
    expect(textOf(page)).toBe(
      [...STORY, 'A closing line of the story that runs past eighty characters, with no links in it at all.'].join('\n\n'),
    );
  });

  it('uses <main> or role=main when there is no <article>', () => {
    const page = `<body><div><p>Outside Person said something long enough to count as text, surely, yes.</p></div>
      <div role="main"><p>${STORY[0]}</p></div></body>`;
    expect(textOf(page)).toBe(STORY[0]);
  });

  it('takes the largest <article> when a page has several', () => {
    const page = `<body><article><p>Teaser text.</p></article><article><h1>Harvest</h1><p>${STORY[0]}</p><p>${STORY[1]}</p></article></body>`;
    expect(textOf(page)).toBe(`Harvest\n\n${STORY[0]}\n\n${STORY[1]}`);
  });

  it("takes the article's headline from its header, and the whole page when nothing scores", () => {
    expect(textOf(`<article><header><h1>Harvest</h1><p>By A. Writer</p></header><p>${STORY[0]}</p></article>`)).toBe(
      `Harvest\n\n${STORY[0]}`,
    );
    expect(textOf('<body><h1>Short</h1><p>One line.</p><nav>Menu</nav></body>')).toBe('Short\n\nOne line.');
  });
});
