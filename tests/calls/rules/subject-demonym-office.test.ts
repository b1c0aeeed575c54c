// Rule subject-demonym-office: "The German foreign minister spoke with ..." — the office stands for
// the one person of that state the story names with it, else for the state.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES } from './helpers.js';

const ROTH_FM = { type: 'person' as const, name: 'Anna Roth', forms: ['Anna Roth'], country: 'Germany', title: 'Foreign Minister' };

describe('subject-demonym-office', () => {
  it('resolves the office to its named holder', () => {
    const found = callsIn('German foreign minister on Monday spoke with Carlos Mendes. Anna Roth later flew home.', [ROTH_FM, MENDES], [
      { text: 'Monday', value: '2031-05-05' },
    ]);
    expect(found).toEqual([
      { parties: ['Anna Roth', 'Carlos Mendes'], medium: 'unspecified', cameo: '040', date: '2031-05-05', rules: ['spoke-with', 'object-with', 'object-people', 'subject-demonym-office'] },
    ]);
  });
  it('falls back on the state when no holder is named', () => {
    const found = callsIn('Japan sent a trade envoy. The Japanese prime minister met Carlos Mendes in Tokyo.', [MENDES, country('Japan')]);
    expect(found.map((c) => c.parties)).toEqual([['Japan', 'Carlos Mendes']]);
  });
});
