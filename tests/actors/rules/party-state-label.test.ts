// Rule 'party-state-label': "R-S.C.", "(D-Md.)" after a legislator's name name no one; sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const persons = (text: string) =>
  extract(text, { refDate: '2025-04-08', only: ['actors'] })
    .actors.filter((a) => a.type === 'person')
    .map((a) => ({ name: a.name, title: a.title }));

describe('party-state-label', () => {
  it('drops the label set off by commas or brackets', () => {
    expect(persons('Sen. Tim Scott, R-S.C., said he would back the bill, while Rep. Jamie Raskin (D-Md.) did not.')).toEqual([
      { name: 'Tim Scott', title: 'Sen.' },
      { name: 'Jamie Raskin', title: 'Rep.' },
    ]);
  });
});
