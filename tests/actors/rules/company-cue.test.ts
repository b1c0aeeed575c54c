// Rule 'company-cue': a company named by its trade, its shares, or an office only a company has;
// my own wire-style sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const actorsOf = (text: string) =>
  extract(text, { refDate: '2025-04-08', only: ['actors'] })
    .actors.filter((a) => a.type !== 'place')
    .map((a) => [a.name, a.type, a.title]);

describe('company-cue', () => {
  it('reads the owner of a company office as no person (a company named only as the owner is not reported)', () => {
    expect(actorsOf('Larkspur Foods CEO Dana Whitcombe said the company would close two plants.')).toEqual([['Dana Whitcombe', 'person', 'CEO']]);
  });

  it('reads a name after a trade noun or "shares of" as a company', () => {
    expect(actorsOf('State oil company Petrolera Andina said exports had resumed.')).toEqual([['Petrolera Andina', 'organization', null]]);
    expect(actorsOf('Shares of Halvorsen Shipping rose 4% after it reported record profits.')).toEqual([['Halvorsen Shipping', 'organization', null]]);
  });

  it('leaves a person after a capitalised trade word alone', () => {
    expect(actorsOf('Company founder Ruth Adeyemi said the plant would reopen.')).toEqual([['Ruth Adeyemi', 'person', null]]);
  });
});
