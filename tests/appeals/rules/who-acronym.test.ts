// "The WHO called on countries to": the acronym of the World Health Organization opens no relative
// clause, so it stays the subject of the appeal (clauseOpener in calls/clause.ts).
import { describe, expect, it } from 'vitest';
import type { ActorSpec } from '../../calls/context.js';
import { appealsIn, ROTH } from './helpers.js';

const WHO: ActorSpec = { type: 'organization', name: 'WHO', forms: ['WHO'] };

describe('who-acronym', () => {
  it('reads the WHO as the subject', () => {
    expect(appealsIn('The WHO called on countries to share samples of the new strain.', [WHO])).toEqual([
      { who: 'WHO', demand: 'countries to share samples of the new strain', rules: ['call-on', 'agent-clause-subject'] },
    ]);
  });
  it('still opens a clause at the lower-case relative', () => {
    expect(appealsIn('The envoy, who met Roth on Monday, urged calm.', [ROTH])).toEqual([]);
  });
});
