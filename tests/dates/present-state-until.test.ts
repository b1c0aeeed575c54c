import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// Reference: Tuesday 10 March 2026.
describe('a present state until a day looks ahead to it (tense)', () => {
  it('looks ahead to the end point of a present state', () => {
    expect(summary('The border crossing is closed until Monday, officials said.')).toEqual(['Monday → DATE 2026-03-16']);
    expect(summary('Schools in the province are shut until Friday because of the floods.')).toEqual(['Friday → DATE 2026-03-13']);
  });

  it('keeps a past state, and a charge over a past day, in the past', () => {
    expect(summary('The border crossing was closed until Monday, officials said.')).toEqual(['Monday → DATE 2026-03-09']);
    expect(summary('A 19-year-old is charged in connection with a March 2 shooting.')).toEqual(['March 2 → DATE 2026-03-02']);
  });
});
