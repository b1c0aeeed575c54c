// Rule subject-state-delegations: unnamed envoys of two or more states as the subject ("Peruvian
// and Chilean officials met") make one call between the states.
import { describe, expect, it } from 'vitest';
import { callsIn, country, ROTH } from './helpers.js';

const PERU = country('Peru');
const CHILE = country('Chile');
const BOLIVIA = country('Bolivia');
const LIMA = { type: 'place' as const, name: 'Lima', forms: ['Lima'] };

describe('subject-state-delegations', () => {
  it('reads a list of demonyms before the group word', () => {
    const text = 'Peruvian and Chilean trade officials held direct talks in Lima on Monday.';
    expect(callsIn(text, [PERU, CHILE, LIMA]).map((c) => [c.parties, c.rules.slice(0, 2)])).toEqual([
      [['Peru', 'Chile'], ['talks', 'subject-state-delegations']],
    ]);
  });
  it('reads the states after "of" or "from", one joint call', () => {
    const text = 'The foreign ministers of Peru, Chile and Bolivia met in La Paz on Friday.';
    expect(callsIn(text, [PERU, CHILE, BOLIVIA]).map((c) => c.parties)).toEqual([['Peru', 'Chile', 'Bolivia']]);
    const opening = 'Negotiators from Peru and Chile met in Quito.';
    expect(callsIn(opening, [PERU, CHILE]).map((c) => c.parties)).toEqual([['Peru', 'Chile']]);
  });
  it('leaves a named person as the subject', () => {
    const text = 'Anna Roth and Chilean officials met in Lima on Monday.';
    expect(callsIn(text, [ROTH, CHILE]).flatMap((c) => c.rules).includes('subject-state-delegations')).toBe(false);
  });
  it('takes no group whose words are not all demonyms', () => {
    const text = 'Senior and junior officials met in Lima on Monday.';
    expect(callsIn(text, [PERU, LIMA])).toEqual([]);
  });
});
