// Rule subject-latter-former: "the latter" is the person named last before it in the sentence,
// "the former" the one named before him.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

describe('subject-latter-former', () => {
  it('takes the person named last for "the latter"', () => {
    const text = "Shortly after Roth's phone call with Mendes on Friday, the latter telephoned Sato to discuss the drought.";
    const found = callsIn(text, [ROTH, MENDES, SATO]);
    expect(found.map((c) => [c.parties, c.rules.includes('subject-latter-former')])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], false],
      [['Carlos Mendes', 'Ken Sato'], true],
    ]);
  });
  it('takes the person named before him for "the former"', () => {
    const text = "Shortly after Roth's phone call with Mendes on Friday, the former telephoned Sato to discuss the drought.";
    const found = callsIn(text, [ROTH, MENDES, SATO]);
    expect(found.map((c) => [c.parties, c.rules.includes('subject-latter-former')])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], false],
      [['Anna Roth', 'Ken Sato'], true],
    ]);
  });
});
