// Rule cameo-host: a host receiving a visitor is CAMEO 043.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('cameo-host', () => {
  it("codes \"met X after she welcomed him\" 043", () => {
    const found = callsIn('Roth met Mendes after she welcomed him in Berlin.', [ROTH, MENDES]);
    expect(found.map((c) => [c.cameo, c.rules.at(-1)])).toEqual([['043', 'cameo-host']]);
  });
});
