// Rule continued-call-medium: "spoke by telephone on Monday with A and on Tuesday with B": the
// second call, read from the coordinated "with" phrase, was held the way the first was.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

const MONDAY = { text: 'Monday', value: '2031-05-05' };
const TUESDAY = { text: 'Tuesday', value: '2031-05-06' };

describe('continued-call-medium', () => {
  it('gives the second call the medium of the first', () => {
    const found = callsIn('Roth spoke by telephone on Monday with Carlos Mendes and on Tuesday with Ken Sato.', [ROTH, MENDES, SATO], [MONDAY, TUESDAY]);
    expect(found.map((c) => [c.parties, c.medium, c.date, c.rules])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', '2031-05-05', ['spoke-with', 'object-with', 'object-people', 'subject-clause', 'cameo-remote']],
      [['Anna Roth', 'Ken Sato'], 'phone', '2031-05-06', ['spoke-with', 'object-with', 'object-people', 'coordinated-with-phrase', 'cameo-remote', 'continued-call-medium']],
    ]);
  });
  it('keeps a medium the second phrase states itself', () => {
    const found = callsIn('Roth spoke by telephone on Monday with Mendes and on Tuesday with Sato via video link.', [ROTH, MENDES, SATO], [MONDAY, TUESDAY]);
    expect(found.map((c) => c.medium)).toEqual(['phone', 'video']);
  });
});
