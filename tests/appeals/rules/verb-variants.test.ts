// Appeal verbs beyond urge and call: "asked for", "ordered X to", "encouraged X to",
// "pushed X to", "pleaded with X to"; an adverb between the verb and its particle ("called
// repeatedly for"); a bare noun as whom the appeal addresses ("asked parliament to").
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

const whoAndRule = (text: string) => appealsIn(text, [ROTH, MENDES, COUNCIL, BRAZIL]).map((a) => [a.who, a.rules[0]]);

describe('verb variants', () => {
  it('reads "asked for"', () => {
    expect(whoAndRule('Roth asked for federal flood aid on Tuesday.')).toEqual([['Anna Roth', 'asked-for']]);
  });
  it('reads no appeal in "asked for anonymity"', () => {
    expect(whoAndRule('An aide to Roth, who asked for anonymity, gave the figure.')).toEqual([]);
  });
  it('reads "ordered X to" as a directive', () => {
    expect(whoAndRule('Mendes ordered the army on Tuesday to reopen the border.')).toEqual([['Carlos Mendes', 'directed-to']]);
  });
  it('reads no appeal when what is ordered is acted on ("to be flown")', () => {
    expect(whoAndRule('Mendes ordered the flags to be flown at half-staff.')).toEqual([]);
  });
  it('reads no appeal when the gap holds a clause or a topic', () => {
    expect(whoAndRule('Roth asked reporters whether they wanted to visit the port.')).toEqual([]);
    expect(whoAndRule('Roth asked Mendes about plans to widen the port.')).toEqual([]);
  });
  it('reads "encouraged X to" and "pushed X to"', () => {
    expect(whoAndRule('Roth encouraged Brazil to lift its tariffs.')).toEqual([['Anna Roth', 'encouraged-to']]);
    expect(whoAndRule('The Nordic Council pushed lenders to cut rates.')).toEqual([['Nordic Council', 'pressed-for']]);
  });
  it('reads "pushed for" when the gap of "pushed … to" holds no addressee', () => {
    expect(whoAndRule("Brazil has pushed for the boat's return to its owner.")).toEqual([['Brazil', 'pressed-for']]);
  });
  it('reads "pleaded with X to" and "pleaded for"', () => {
    expect(whoAndRule('Mendes pleaded with donors on Friday to send tents.')).toEqual([['Carlos Mendes', 'pleaded-with']]);
    expect(whoAndRule('Mendes pleaded for calm.')).toEqual([['Carlos Mendes', 'pleaded-with']]);
  });
  it('reads an adverb between the verb and its particle', () => {
    expect(whoAndRule('Brazil has called repeatedly for a ceasefire.')).toEqual([['Brazil', 'call-for']]);
    expect(whoAndRule('Roth appealed again to the rebels to free the hostages.')).toEqual([['Anna Roth', 'appeal-verb']]);
  });
  it('reads a bare noun, after one modifier, as whom the appeal addresses', () => {
    expect(whoAndRule('Mendes asked parliament on Monday to pass the budget.')).toEqual([['Carlos Mendes', 'asked-to']]);
    expect(whoAndRule('Mendes directed security chiefs to free the hostages.')).toEqual([['Carlos Mendes', 'directed-to']]);
  });
  it('reads a verb inside the gap of another on its own', () => {
    expect(whoAndRule('Roth told reporters, urging donors to send tents.')).toEqual([['Anna Roth', 'urge-verb']]);
  });
});
