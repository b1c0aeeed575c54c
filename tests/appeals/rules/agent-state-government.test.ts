// Rule agent-state-government: "Brazil's government urged", "the Brazilian government asked",
// "Chilean officials called for": a state's government, officials or authorities in lower case that
// appeal are the state acting (the news gold records it as the country), a new actor where the
// article names the state nowhere else.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, ROTH } from './helpers.js';

const ALL = [ROTH, COUNCIL, BRAZIL];

describe('agent-state-government', () => {
  it("reads a state's possessive government as the state", () => {
    expect(appealsIn("Brazil's government on Monday urged ranchers to stop clearing the forest.", ALL)).toEqual([
      { who: 'Brazil', demand: 'ranchers to stop clearing the forest', rules: ['urge-verb', 'agent-state-government'] },
    ]);
  });
  it('reads a government after a demonym as the state the article names', () => {
    expect(appealsIn('Brazil hosts the talks. In a statement, the Brazilian federal government called for an end to the blockade.', ALL)).toEqual([
      { who: 'Brazil', demand: 'an end to the blockade', rules: ['call-for', 'agent-state-government'] },
    ]);
  });
  it('reads a government opening the sentence', () => {
    expect(appealsIn('Brazil hosts the talks. The Brazilian government asked miners to leave the reserve.', ALL)).toEqual([
      { who: 'Brazil', demand: 'miners to leave the reserve', rules: ['asked-to', 'agent-state-government'] },
    ]);
  });
  it('reads officials after a demonym as the state, adding it where the article does not name it', () => {
    expect(appealsIn('Chilean officials called for an independent inquiry into the fire.', [ROTH])).toEqual([
      { who: 'Chile', demand: 'an independent inquiry into the fire', rules: ['call-for', 'agent-state-government'] },
    ]);
    expect(appealsIn('Roth left on Monday. The Brazilian authorities urged residents to leave the valley.', ALL)).toEqual([
      { who: 'Brazil', demand: 'residents to leave the valley', rules: ['urge-verb', 'agent-state-government'] },
    ]);
  });
  it('reads no state when the government is only named inside the subject', () => {
    expect(appealsIn('Critics of the Brazilian government urged the Nordic Council to act. Brazil disagreed.', ALL)).toEqual([]);
  });
});
