// Name rules, each on wire-style sentences of my own: bylines, line breaks, particles, honorifics.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { bylineRanges } from '../../../src/extract/actors/bylines.js';

const people = (text: string) =>
  extract(text, { refDate: '2025-04-08', only: ['actors'] }).actors.filter((a) => a.type === 'person').map((a) => a.name);

describe('by-line and dated-byline', () => {
  it('finds the bylines a news page prints, and not a sentence that opens with "By"', () => {
    const text = 'Floods hit the coast\nBy Mara Quill and Theo Brandt\nBy late Tuesday, Governor Ana Ruiz said roads were shut.\nLena Fox 3 hours ago\n';
    expect(bylineRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['By Mara Quill and Theo Brandt', 'Lena Fox 3 hours ago']);
  });

  it('keeps journalists in bylines out of the actors', () => {
    const text = 'Floods hit the coast\n(By Iris Vale -- Coastal Press)\nBy Mara Quill and Theo Brandt\nGovernor Ana Ruiz said roads were shut on Tuesday.';
    expect(people(text)).toEqual(['Ana Ruiz']);
  });
});

describe('outlet-byline', () => {
  it('reads a name with its outlet alone on a line as a byline, not a name in a sentence', () => {
    const text = 'Floods hit the coast\nMara Quill, Reuters\nTheo Brandt | Associated Press\nGovernor Ana Ruiz told Reuters roads were shut.\n';
    expect(bylineRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(['Mara Quill, Reuters', 'Theo Brandt | Associated Press']);
    expect(people(text)).toEqual(['Ana Ruiz']);
  });
});

describe('name runs', () => {
  it('goes on across a line break after a given name', () => {
    expect(people('Talks began on Monday, and Foreign Minister Pavel\nOrlov said they were useful.')).toEqual(['Pavel Orlov']);
  });

  it('does not under the conll profile, whose text is one sentence per line', () => {
    const names = extract('Talks began on Monday, and Foreign Minister Pavel\nOrlov said they were useful.', { refDate: '1996-08-22', profile: 'conll', only: ['actors'] })
      .actors.filter((a) => a.type === 'person')
      .map((a) => a.name);
    expect(names).not.toContain('Pavel Orlov');
  });

  it('keeps the particle el- inside a name', () => {
    expect(people('The envoy met President Khaled Amin el-Masri in Cairo on Monday.')).toEqual(['Khaled Amin el-Masri']);
  });

  it('strips His Excellency and Mr. before a name', () => {
    expect(people('The minister held talks with H.E. Mr. Tomas Verhoef on Monday.')).toEqual(['Tomas Verhoef']);
  });

  it('keeps the lower-case last syllable of a hyphenated given name written family name first', () => {
    expect(people('Ministers met on Monday, and Baek Min-un said the talks were useful.')).toEqual(['Baek Min-un']);
  });
});

describe('owned organizations', () => {
  it('never makes a state news agency an organization that acts', () => {
    const actors = extract('The Latvian news agency said the Latvian foreign ministry had protested.', { refDate: '2025-04-08', only: ['actors'] }).actors;
    expect(actors.filter((a) => a.type === 'organization').map((a) => a.name)).toEqual(['Latvian foreign ministry']);
  });
});
