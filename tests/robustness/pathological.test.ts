// Text built to make a tagger quadratic finishes in time linear in its length: 100 KB of it costs
// no more than twice what 100 KB of ordinary news costs (CPU time of this process, measured side by
// side, so a busy machine slows both), and makes no junk actors.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { boundedForTagger, MAX_LINE_CHARS, MAX_WORD_CHARS } from '../../src/extract/parse.js';

const SIZE = 100 * 1024;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Capitalised made-up words without a full stop, from a fixed seed. */
function capitalisedWords(count: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ra', 'ven', 'tor', 'bel', 'dun', 'sa', 'qui', 'mar', 'zel'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => {
    const word = Array.from({ length: 1 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join('');
    return word[0].toUpperCase() + word.slice(1);
  }).join(' ');
}

const NEWS = repeat(
  'Officials said on Tuesday that 12 people were killed and 30 injured when a bus overturned near the northern border. ' +
    'The transport minister, Lena Okafor, urged drivers to take care and called for an inquiry.\n\n',
);

function cpuMs(text: string): { ms: number; actors: number } {
  const before = process.cpuUsage();
  const record = extract(text, { refDate: '2026-03-10' });
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, actors: record.actors.length };
}

describe('pathological text', () => {
  const news = cpuMs(NEWS);
  const cases: [string, string][] = [
    ['100 KB of "Mr. "', repeat('Mr. ')],
    ['50,000 capitalised words without a full stop', capitalisedWords(50_000)],
    ['100 KB of "A."', repeat('A.')],
  ];
  for (const [name, text] of cases) {
    it(`costs no more than ordinary news, with no actors: ${name}`, { timeout: 120_000 }, () => {
      const found = cpuMs(text);
      expect(found.actors).toBe(0);
      expect(found.ms).toBeLessThan(2 * Math.max(news.ms, 500));
    });
  }
});

describe('a long line nearly all in capitalised words', () => {
  it('gives no actors, and the prose around it still does', () => {
    const text = `Transport minister Lena Okafor visited the site on Monday.\n\n${capitalisedWords(250)}\n\nOkafor said the road would reopen.`;
    expect(extract(text, { refDate: '2026-03-10' }).actors.map((a) => a.name)).toEqual(['Lena Okafor']);
  });

  it('is judged by the line: a comma-separated list of names is not blocked', () => {
    const names = Array.from({ length: 110 }, (_, i) => `Delegate${String.fromCharCode(97 + (i % 26))} Okafor,`).join(' ');
    expect(extract(names, { refDate: '2026-03-10' }).actors.length).toBeGreaterThan(0);
  });
});

describe('the text the tagger reads', () => {
  it('keeps length and ordinary lines, blanks over-long words and breaks over-long lines', () => {
    const ordinary = 'Officials met on Monday.\n\nThey spoke for an hour.';
    expect(boundedForTagger(ordinary)).toBe(ordinary);
    const long = `${'The talks went on. '.repeat(300)}${'x'.repeat(MAX_WORD_CHARS + 1)} end`;
    const bounded = boundedForTagger(long);
    expect(bounded).toHaveLength(long.length);
    expect(bounded).not.toContain('x');
    expect(Math.max(...bounded.split('\n').map((line) => line.length))).toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(bounded.replace(/\n/g, ' ').replace(/ +/g, ' ')).toBe(long.replace(/x+/, ' ').replace(/ +/g, ' '));
  });
});
