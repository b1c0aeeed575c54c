// Rule directed-to: a directive ("directed officials to speed up", "instructed the police to") is an appeal (GUIDELINES).
import { describe, expect, it } from 'vitest';
import { appealsIn, MENDES } from './helpers.js';

describe('directed-to', () => {
  it('reads "directed officials to speed up relief work"', () => {
    expect(appealsIn('Mendes directed officials to speed up relief work.', [MENDES]).map((a) => [a.who, a.rules[0], a.demand])).toEqual([
      ['Carlos Mendes', 'directed-to', 'officials to speed up relief work'],
    ]);
  });
  it('reads "instructed the police to"', () => {
    expect(appealsIn('Mendes instructed the police to reopen the bridge.', [MENDES]).map((a) => [a.who, a.demand])).toEqual([
      ['Carlos Mendes', 'the police to reopen the bridge'],
    ]);
  });
  it('reads no appeal where "to" leads to a place', () => {
    expect(appealsIn('Mendes directed the callers to the city police.', [MENDES])).toEqual([]);
  });
  it('reads no appeal in "instructed her on how to"', () => {
    expect(appealsIn('Mendes instructed her on how to hold the rifle.', [MENDES])).toEqual([]);
  });
});
