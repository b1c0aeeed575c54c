// Rule object-named: the organizations and states the object names.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('object-named', () => {
  it("reads states as parties", () => {
    const found = callsIn('Brazil held talks with Japan in Geneva.', [country('Brazil'), country('Japan')]);
    expect(found.map((c) => [c.parties, c.rules.slice(1, 3)])).toEqual([[['Brazil', 'Japan'], ['object-with', 'object-named']]]);
  });
});
