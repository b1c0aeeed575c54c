// Rules agent-it-organization ("It urged" after a sentence opening on an organization) and
// agent-after-opening-participle ("Calling for calm, X said"); coordinated subjects with "her
// counterpart" between them.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('agent-it-organization', () => {
  it('reads "It urged" as the organization the sentence before opened on', () => {
    expect(appealsIn('The Nordic Council cut its forecast for Brazil. It urged lenders to cut rates.', [COUNCIL, BRAZIL])).toEqual([
      { who: 'Nordic Council', demand: 'lenders to cut rates', rules: ['urge-verb', 'agent-it-organization'] },
    ]);
  });
  it('reads "said it had asked" as the speaker', () => {
    expect(appealsIn('The Nordic Council said on Friday it had asked Brazil to recall its envoy.', [COUNCIL, BRAZIL]).map((a) => [a.who, a.rules])).toEqual([
      ['Nordic Council', ['asked-to', 'agent-it-organization']],
    ]);
  });
  it('reads no appeal when the sentence before opened on a person', () => {
    expect(appealsIn('Roth presented the report. It urged lenders to cut rates.', [ROTH])).toEqual([]);
  });
});

describe('agent-after-opening-participle', () => {
  it('reads the subject after a participle opening the sentence', () => {
    expect(appealsIn('LISBON (Reuters) - Calling for calm, Roth said the army would guard the port.', [ROTH]).map((a) => [a.who, a.rules])).toEqual([
      ['Anna Roth', ['call-for', 'agent-after-opening-participle']],
    ]);
  });
});

describe('coordinated subjects', () => {
  it('reads "A and her counterpart B urged" as both', () => {
    expect(appealsIn('Roth and her Brazilian counterpart Mendes urged the rebels to disarm.', [ROTH, MENDES]).map((a) => a.who)).toEqual([
      'Anna Roth',
      'Carlos Mendes',
    ]);
  });
});

describe('reported-proposal with "must"', () => {
  it('reads "said X must"', () => {
    expect(appealsIn('Roth said on Monday that Brazil must free the fishermen.', [ROTH, BRAZIL]).map((a) => [a.who, a.rules[0]])).toEqual([
      ['Anna Roth', 'reported-proposal'],
    ]);
  });
  it('reads "told X that Y should"', () => {
    expect(appealsIn('Roth told Mendes on Friday that Brazil should free the fishermen.', [ROTH, MENDES, BRAZIL]).map((a) => [a.who, a.rules[0]])).toEqual([
      ['Anna Roth', 'reported-proposal'],
    ]);
  });
  it('reads no appeal in "must be understood"', () => {
    expect(appealsIn('Roth noted that many details must be understood first.', [ROTH])).toEqual([]);
    expect(appealsIn('Roth told Mendes that there is no further need to search the wreck.', [ROTH, MENDES])).toEqual([]);
  });
});
