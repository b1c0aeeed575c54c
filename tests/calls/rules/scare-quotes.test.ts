// Rule scare-quotes: a few quoted words inside the clause ('a "very good" call') open no clause, so
// the subject before them is still the call's party.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('scare-quotes', () => {
  it('reads the pronoun subject across a quoted epithet', () => {
    const text = 'Anna Roth said on Monday she had a "very frank" conversation with Carlos Mendes.';
    expect(callsIn(text, [ROTH, MENDES]).map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });
  it('reads a named subject across curly quotes', () => {
    const text = 'Roth held a “productive” meeting with Mendes in Lisbon.';
    expect(callsIn(text, [ROTH, MENDES]).map((c) => c.parties)).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });
  it('still opens a clause at a quotation that is a sentence of its own', () => {
    const text = '"We have a deal, and we met Mendes," an aide to Roth said.';
    expect(callsIn(text, [ROTH, MENDES]).map((c) => c.parties)).toEqual([]);
  });
});
