// Rule discussed-topic: a meeting that is what the parties talked about is not a record of its own.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('discussed-topic', () => {
  it('rejects a summit on the list of topics', () => {
    const found = callsIn('Roth and Mendes discussed grain exports, debt relief and a summit in Oslo during a phone call.', [ROTH, MENDES]);
    expect(found.map((c) => [c.parties, c.medium, c.rules])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', ['phone-call', 'parties-of-main-clause', 'cameo-remote']],
    ]);
  });
  it('keeps a call after a preposition', () => {
    const found = callsIn('Roth discussed trade with Mendes during a meeting in Oslo.', [ROTH, MENDES]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });
});
