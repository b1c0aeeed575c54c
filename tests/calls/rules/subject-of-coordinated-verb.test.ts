// Rule subject-of-coordinated-verb: a call verb joined by "and" to the verb before it, with no
// subject of its own, has that verb's subject ("X visited Kyiv on Saturday and met Y").
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

describe('subject-of-coordinated-verb', () => {
  it('gives "visited the capital and met Y" the visitor', () => {
    const found = callsIn('Roth visited Lisbon on Saturday and met Mendes at the presidential palace.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.rules.includes('subject-of-coordinated-verb')])).toEqual([[['Anna Roth', 'Carlos Mendes'], true]]);
  });
  it('gives a second call in "met Y and later held talks with Z" the first subject', () => {
    const found = callsIn('Roth met Mendes on Monday and later held talks with Sato.', [ROTH, MENDES, SATO]);
    expect(found.map((c) => c.parties)).toEqual([
      ['Anna Roth', 'Carlos Mendes'],
      ['Anna Roth', 'Ken Sato'],
    ]);
  });
  it('reads the verb after ", and" the same way', () => {
    const found = callsIn('Roth held talks with Mendes in Lisbon, and later met Sato.', [ROTH, MENDES, SATO]);
    expect(found.map((c) => c.parties)).toEqual([
      ['Anna Roth', 'Carlos Mendes'],
      ['Anna Roth', 'Ken Sato'],
    ]);
  });
  it('leaves a verb after a comma clause alone', () => {
    const found = callsIn('Roth visited Lisbon, where officials said Mendes met Sato.', [ROTH, MENDES, SATO]);
    expect(found.map((c) => c.parties)).toEqual([['Carlos Mendes', 'Ken Sato']]);
  });
});
