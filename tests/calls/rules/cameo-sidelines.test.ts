// Rule cameo-sidelines: a meeting on the sidelines of a summit is CAMEO 044.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('cameo-sidelines', () => {
  it("codes \"on the sidelines of\" 044", () => {
    const found = callsIn('Roth met Sato on the sidelines of the climate summit.', [ROTH, SATO]);
    expect(found.map((c) => [c.cameo, c.rules])).toEqual([
      ['044', ['met', 'object-bare', 'object-people', 'subject-clause', 'cameo-sidelines', 'summit', 'back-reference', 'merge-reports']],
    ]);
  });
});
