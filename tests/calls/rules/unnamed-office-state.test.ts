// Rule unnamed-office-state: an office-holder the story leaves unnamed ("Canadian Prime Minister")
// is a call party by his state, which joins the actors when no actor stands for it yet.
import { describe, expect, it } from 'vitest';
import { extractCalls } from '../../../src/extract/calls/index.js';
import { contextFor, namesOf } from '../context.js';
import { callsIn, MENDES, ROTH, SATO } from './helpers.js';

describe('unnamed-office-state', () => {
  it('makes the state a party and an actor', () => {
    const ctx = contextFor('On Monday, Roth spoke with Canadian Prime Minister and Mexican President Mendes.', [ROTH, MENDES]);
    const calls = extractCalls(ctx);
    expect(calls.map((c) => [namesOf(ctx, c.participants), c.rules?.includes('unnamed-office-state')])).toEqual([
      [['Anna Roth', 'Canada'], true],
      [['Anna Roth', 'Carlos Mendes'], false],
    ]);
    expect(ctx.actors.map((a) => [a.id, a.type, a.name, a.aliases, a.mentions.map((m) => m.text)])).toEqual([
      ['A1', 'person', 'Anna Roth', [], ['Roth']],
      ['A2', 'person', 'Carlos Mendes', [], ['Mendes']],
      ['A3', 'country', 'Canada', ['Canadian'], ['Canadian']],
    ]);
  });
  it('leaves an office whose holder is named after a comma to that person', () => {
    const found = callsIn('Roth held talks with his Japanese counterpart, Sato, in Tokyo.', [ROTH, SATO]);
    expect(found.map((c) => c.parties)).toEqual([['Anna Roth', 'Ken Sato']]);
  });
});
