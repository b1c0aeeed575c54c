// Rule planned-or-modal: only a lowercase "to" makes a call planned ("agreed to meet"); a capital
// "To" opens a name such as Vietnam's "To Lam", save in a title-case headline ("Biden To Meet Xi").
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

const LAM = { type: 'person' as const, name: 'To Lam', forms: ['To Lam'], country: 'Vietnam' };

describe('planned-or-modal: a capital "To" in a name', () => {
  it('keeps a call whose subject is To Lam', () => {
    const found = callsIn('Party chief To Lam held phone talks with Roth on Monday.', [LAM, ROTH]);
    expect(found.map((c) => [c.parties, c.medium])).toEqual([[['To Lam', 'Anna Roth'], 'phone']]);
  });
  it('keeps "To Lam spoke with"', () => {
    const found = callsIn('To Lam spoke with Mendes by telephone.', [LAM, MENDES]);
    expect(found.map((c) => c.parties)).toEqual([['To Lam', 'Carlos Mendes']]);
  });
  it('still rejects a lowercase "to" before the trigger', () => {
    expect(callsIn('Roth agreed to meet Mendes next month.', [ROTH, MENDES])).toEqual([]);
  });
  it('still rejects "To" in a title-case headline', () => {
    expect(callsIn('Roth To Meet Mendes In Lisbon', [ROTH, MENDES])).toEqual([]);
  });
});
