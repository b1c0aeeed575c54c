// Veto robbery-demand: a robber's or a kidnapper's demand for money or valuables is no appeal.
import { describe, expect, it } from 'vitest';
import { appealsIn, MENDES } from './helpers.js';

describe('robbery-demand', () => {
  it('rejects money demanded at gunpoint', () => {
    expect(appealsIn('Mendes pointed a pistol at the clerk and demanded cash from the register.', [MENDES])).toEqual([]);
  });
  it("rejects a victim's keys demanded", () => {
    expect(appealsIn('Mendes walked up to the driver and demanded his car keys.', [MENDES])).toEqual([]);
  });
  it('rejects a ransom in dollars', () => {
    expect(appealsIn('Mendes left a note demanding a $20,000 ransom.', [MENDES])).toEqual([]);
  });
  it('keeps a demand for an inquiry', () => {
    expect(appealsIn('Mendes demanded an independent inquiry into the shooting.', [MENDES])).toEqual([
      { who: 'Carlos Mendes', demand: 'an independent inquiry into the shooting', rules: ['demand-verb', 'agent-clause-subject'] },
    ]);
  });
});
