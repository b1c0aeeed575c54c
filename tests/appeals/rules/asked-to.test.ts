// Rule asked-to: "asked X to": an appeal addressed to X.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('asked-to', () => {
  it("reads \"asked the government to\"", () => {
    expect(appealsIn('Mendes asked the government to reopen the port.', [MENDES]).map((a) => [a.who, a.rules[0]])).toEqual([['Carlos Mendes', 'asked-to']]);
  });
});

describe('asked-to: present tense and a quote', () => {
  it('reads "ask \\u201cX to"', () => {
    expect(appealsIn('The Nordic Council asks \u201cthe militia to leave the port at once\u201d.', [COUNCIL]).map((a) => [a.who, a.rules[0]])).toEqual([
      ['Nordic Council', 'asked-to'],
    ]);
  });
});
