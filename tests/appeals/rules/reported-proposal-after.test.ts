// Rules reported-proposal-after, agent-speaker-after: "Both sides should ..., Roth told Mendes" —
// a proposal whose speaker is named after it; "must have realised" is an inference, not a proposal.
import { describe, expect, it } from 'vitest';
import { appealsIn, MENDES, ROTH } from './helpers.js';

describe('reported-proposal-after', () => {
  it('reads a proposal with the speaker after it', () => {
    expect(appealsIn('The two countries should resume grain shipments within a month, Roth told Mendes.', [ROTH, MENDES])).toEqual([
      {
        who: 'Anna Roth',
        demand: 'The two countries should resume grain shipments within a month',
        rules: ['reported-proposal-after', 'agent-speaker-after'],
      },
    ]);
  });
  it('resolves "he added" to the person named before', () => {
    const found = appealsIn('Mendes spoke in Lisbon. "Rival parties should settle their quarrel in parliament," he added.', [MENDES]);
    expect(found.map((a) => [a.who, a.rules])).toEqual([['Carlos Mendes', ['reported-proposal-after', 'agent-speaker-after']]]);
  });
  it('rejects an inference and a condition', () => {
    expect(
      appealsIn('The rebels must have noticed the change, Roth said. If the talks should fail, the truce ends, Mendes said.', [ROTH, MENDES]),
    ).toEqual([]);
  });
});

describe('reported-proposal-after: the demand', () => {
  it('is the last conjunct, without its modal', () => {
    const found = appealsIn('The two sides met in Oslo last week, and should keep meeting every month, Roth added.', [ROTH]);
    expect(found.map((a) => a.demand)).toEqual(['keep meeting every month']);
  });
});
