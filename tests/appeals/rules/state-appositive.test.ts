// Whole pipeline: a state set off by an appositive before its appeal verb acts (actors/acting.ts),
// so the appeal has that state as its actor.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const appeals = (text: string) => {
  const record = extract(text, { refDate: '2025-04-08', only: ['actors', 'appeals'] });
  return record.appeals.map((a) => [record.actors.find((x) => x.id === a.actor)?.name, a.verb, a.demand]);
};

describe('state-appositive', () => {
  it('finds the state before an appositive', () => {
    expect(appeals("Norway, the fund's largest donor, urged other members on Monday to pay their share.")).toEqual([
      ['Norway', 'urged', "other members on Monday to pay their share"],
    ]);
  });

  it('finds the state before a relative clause', () => {
    expect(appeals('Chile, which hosts the talks, called on both delegations to stay at the table.')).toEqual([
      ['Chile', 'called on', 'both delegations to stay at the table'],
    ]);
  });
});
