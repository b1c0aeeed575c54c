// clauseOpener: an acronym in brackets after a name ("Human Rights Watch (HRW) called on") opens
// no clause, so the name before it stays the subject; other brackets still do.
import { describe, expect, it } from 'vitest';
import { appealsIn } from '../../appeals/rules/helpers.js';
import { callsIn, ROTH } from './helpers.js';

const WATCH = { type: 'organization' as const, name: 'Harbour Watch', forms: ['Harbour Watch', 'HBW'] };

describe('acronym in brackets', () => {
  it('keeps the name before "(HBW)" as the subject of an appeal', () => {
    const text = 'OSLO (Reuters) - Harbour Watch (HBW) called on the authorities to release the detained fishermen.';
    expect(appealsIn(text, [WATCH])).toEqual([
      { who: 'Harbour Watch', demand: 'the authorities to release the detained fishermen', rules: ['call-on', 'agent-clause-subject'] },
    ]);
  });
  it('keeps it as the subject of a call', () => {
    const found = callsIn('OSLO (Reuters) - Harbour Watch (HBW) held talks with Roth on Monday.', [WATCH, ROTH]);
    expect(found.map((c) => c.parties)).toEqual([['Harbour Watch', 'Anna Roth']]);
  });
  it('still opens a clause at a bracket of words', () => {
    const text = 'OSLO (Reuters) - Harbour Watch (which was founded in 1990) called on the authorities to act.';
    expect(appealsIn(text, [WATCH])).toEqual([]);
  });
});
