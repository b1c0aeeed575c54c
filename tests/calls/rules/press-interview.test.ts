// Rule press-interview: a press interview is not a call.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('press-interview', () => {
  it("rejects \"spoke with ... in an interview\"", () => {
    expect(callsIn('Roth spoke with Mendes in an interview for a podcast.', [ROTH, MENDES])).toEqual([]);
  });
});
