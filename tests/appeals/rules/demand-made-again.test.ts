// Rule 'reiterated-position' with the noun "demand": "repeated its demand that", "renewed their
// demand for", "reiterated his demand for" report a demand made again, so an appeal.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, ROTH } from './helpers.js';

describe('demand made again', () => {
  it('reads "repeated its demand that"', () => {
    expect(appealsIn('The Nordic Council repeated its demand that Brazil halt the logging.', [COUNCIL, BRAZIL])).toEqual([
      { who: 'Nordic Council', demand: 'Brazil halt the logging', rules: ['reiterated-position', 'agent-clause-subject'] },
    ]);
  });

  it('reads "renewed her demand for" and "reiterated his demand for"', () => {
    expect(appealsIn('Roth renewed her demand for an independent audit.', [ROTH]).map((a) => [a.who, a.demand])).toEqual([
      ['Anna Roth', 'an independent audit'],
    ]);
    expect(appealsIn('Brazil reiterated its long-standing demand for a seat on the council.', [BRAZIL]).map((a) => [a.who, a.demand])).toEqual([
      ['Brazil', 'a seat on the council'],
    ]);
  });

  it('reads nothing for a demand only mentioned', () => {
    expect(appealsIn('Roth rejected the demand for an audit.', [ROTH])).toEqual([]);
  });
});
