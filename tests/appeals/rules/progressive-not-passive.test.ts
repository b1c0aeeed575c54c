// Rule progressive-not-passive: "was/is/are" before an appeal verb makes it passive ("Brazil was
// urged to ...": Brazil is the one appealed to), but not before the -ing form: "Brazil is
// demanding ...", "the council was urging ..." report an appeal being made.
import { describe, expect, it } from 'vitest';
import { appealsIn, BRAZIL, COUNCIL, ROTH } from './helpers.js';

describe('progressive-not-passive', () => {
  it('reads the progressive as an appeal by the subject', () => {
    const demanding = appealsIn('Brazil is demanding that the strikes stop.', [BRAZIL]);
    const urging = appealsIn('The Nordic Council was urging members to cut emissions faster.', [COUNCIL]);
    expect([...demanding, ...urging]).toEqual([
      { who: 'Brazil', demand: 'the strikes stop', rules: ['demand-verb', 'agent-sentence-subject'] },
      { who: 'Nordic Council', demand: 'members to cut emissions faster', rules: ['urge-verb', 'agent-sentence-subject'] },
    ]);
  });
  it('still reads no appeal by the subject of a passive', () => {
    expect(appealsIn('Brazil was urged to cut emissions.', [BRAZIL, ROTH])).toEqual([]);
  });
});
