// Rule negotiations: negotiations between parties (CAMEO 046).
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('negotiations', () => {
  it("reads \"negotiations between A and B\"", () => {
    const found = callsIn('Negotiations between Brazil and Japan ended on Friday.', [country('Brazil'), country('Japan')], [{ text: 'Friday', value: '2031-05-02' }]);
    expect(found.map((c) => [c.parties, c.cameo, c.date])).toEqual([[['Brazil', 'Japan'], '046', '2031-05-02']]);
  });
});
