// Organization head words and well-known bodies; wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const actors = (text: string) =>
  extract(text, { refDate: '2025-04-08', only: ['actors'] })
    .actors.filter((a) => a.type !== 'place')
    .map((a) => ({ type: a.type, name: a.name }));

describe('organization head words', () => {
  it('reads a platform, a programme, a corps or a militia as a body, not a person', () => {
    expect(actors('The National Salvation Platform said on Monday it would boycott the poll.')).toEqual([
      { type: 'organization', name: 'National Salvation Platform' },
    ]);
    expect(actors('Volunteers from the Mountain Relief Programme and the Lakeside Militia reached the town.')).toEqual([
      { type: 'organization', name: 'Mountain Relief Programme' },
      { type: 'organization', name: 'Lakeside Militia' },
    ]);
  });

  it('reads party members named as a party as that party', () => {
    expect(actors('The Free Democrats walked out of the coalition talks late on Sunday.')).toEqual([
      { type: 'organization', name: 'Free Democrats' },
    ]);
  });
});

describe('well-known bodies', () => {
  it('knows the food agency, the children\'s fund and armed groups by name', () => {
    expect(actors('The World Food Program said aid trucks were stopped. UNICEF and Islamic Jihad made statements.')).toEqual([
      { type: 'organization', name: 'World Food Program' },
      { type: 'organization', name: 'UNICEF' },
      { type: 'organization', name: 'Islamic Jihad' },
    ]);
  });
});
