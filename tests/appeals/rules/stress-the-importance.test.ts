// Rule stress-the-importance: "stressed the importance of" an act (a gerund or an infinitive) is an appeal; of a state of things it is not.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('stress-the-importance', () => {
  it("reads \"highlighted the importance of reopening\"", () => {
    expect(appealsIn('Mendes highlighted the importance of reopening the border.', [MENDES]).map((a) => [a.who, a.demand])).toEqual([
      ['Carlos Mendes', 'reopening the border'],
    ]);
  });
  it("reads a gap before \"the importance of\"", () => {
    expect(appealsIn('Roth stressed during her trip the importance of both sides to keep talking.', [ROTH]).map((a) => a.who)).toEqual(['Anna Roth']);
  });
  it("rejects praise of existing ties", () => {
    expect(appealsIn('Roth stressed the importance of the warm ties with Brazil.', [ROTH, BRAZIL])).toEqual([]);
  });
});
