// Rule speech-without-medium: "told", "addressed" without a medium cue are speech, not calls.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('speech-without-medium', () => {
  it("rejects \"addressed the assembly\"", () => {
    expect(callsIn('Roth addressed Mendes and the assembly in Rome.', [ROTH, MENDES])).toEqual([]);
  });
  it("keeps \"addressed ... via video link\"", () => {
    const found = callsIn('Roth addressed Mendes via video link.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.medium, c.cameo])).toEqual([[['Anna Roth', 'Carlos Mendes'], 'video', '041']]);
  });
});
