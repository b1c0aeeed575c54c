// Rule video-call: video calls and virtual meetings (CAMEO 041).
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('video-call', () => {
  it("reads \"held a video conference with\"", () => {
    const found = callsIn('Roth held a video conference with Sato.', [ROTH, SATO]);
    expect(found.map((c) => [c.parties, c.medium, c.cameo])).toEqual([[['Anna Roth', 'Ken Sato'], 'video', '041']]);
  });
});
