// Rule coordinated-with-phrase: "spoke on Monday with A and on Tuesday with B": two calls, each on its own day.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

const MONDAY = { text: 'Monday', value: '2031-05-05' };
const TUESDAY = { text: 'Tuesday', value: '2031-05-06' };

describe('coordinated-with-phrase', () => {
  it('reads "spoke on Monday with A and on Tuesday with B"', () => {
    const found = callsIn('Roth spoke on Monday with Carlos Mendes and on Tuesday with Ken Sato, her office said.', [ROTH, MENDES, SATO], [MONDAY, TUESDAY]);
    expect(found.map((c) => [c.parties, c.date, c.rules])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], '2031-05-05', ['spoke-with', 'object-with', 'object-people', 'subject-clause']],
      [['Anna Roth', 'Ken Sato'], '2031-05-06', ['spoke-with', 'object-with', 'object-people', 'coordinated-with-phrase']],
    ]);
  });
  it('reads "had calls with A on Monday and with B on Tuesday"', () => {
    const found = callsIn('Roth had phone calls with Mendes on Monday and with Sato on Tuesday.', [ROTH, MENDES, SATO], [MONDAY, TUESDAY]);
    expect(found.map((c) => [c.parties, c.medium, c.date])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', '2031-05-05'],
      [['Anna Roth', 'Ken Sato'], 'phone', '2031-05-06'],
    ]);
  });
  it('leaves a "with" phrase that is no call alone', () => {
    const found = callsIn('Roth met Mendes on Monday and with Sato at her side signed the accord.', [ROTH, MENDES, SATO], [MONDAY]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });
});
