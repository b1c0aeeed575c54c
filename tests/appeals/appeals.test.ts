import { describe, expect, it } from 'vitest';
import { extractAppeals } from '../../src/extract/appeals/index.js';
import { contextFor, namesOf, type ActorSpec } from '../calls/context.js';

const ROTH: ActorSpec = { type: 'person', name: 'Anna Roth', forms: ['Anna Roth', 'Roth'], country: 'Germany' };
const MENDES: ActorSpec = { type: 'person', name: 'Carlos Mendes', forms: ['Carlos Mendes', 'Mendes'], country: 'Brazil' };
const BRAZIL: ActorSpec = { type: 'country', name: 'Brazil', forms: ['Brazil', 'Brasilia'] };

function appealsOf(text: string, actors: ActorSpec[]) {
  const ctx = contextFor(text, actors);
  return extractAppeals(ctx).map((a) => ({ who: namesOf(ctx, [a.actor])[0], verb: a.verb, demand: a.demand }));
}

describe('extractAppeals', () => {
  it('takes the clause subject as the actor and the words after the verb as the demand', () => {
    expect(appealsOf('Roth and Mendes discuss trade as Brazil urges an end to tariffs on soy.', [ROTH, MENDES, BRAZIL])).toEqual([
      { who: 'Brazil', verb: 'urges', demand: 'an end to tariffs on soy' },
    ]);
  });

  it('reads "stressed the need for" and stops the demand at its clause', () => {
    expect(appealsOf('Mendes stressed the need for a quick return to talks, according to his office.', [MENDES])).toEqual([
      { who: 'Carlos Mendes', verb: 'stressed the need', demand: 'a quick return to talks' },
    ]);
  });

  it('gives a participle appeal to the subject of the sentence', () => {
    const found = appealsOf('Roth said Brasilia was ready for a deal, stressing the need for fair quotas.', [ROTH, BRAZIL]);
    expect(found.map((a) => a.who)).toEqual(['Anna Roth']);
  });

  it('gives one appeal to each of coordinated subjects', () => {
    const found = appealsOf('Roth and Brazilian President Carlos Mendes called on both parties to lay down arms.', [ROTH, MENDES]);
    expect(found.map((a) => a.who)).toEqual(['Anna Roth', 'Carlos Mendes']);
  });

  it('gives "calls by the cabinet" to the cabinet', () => {
    const cabinet: ActorSpec = { type: 'organization', name: 'Cabinet', forms: ['Cabinet'] };
    const found = appealsOf('Roth ignored calls by her Cabinet to step aside.', [ROTH, cabinet]);
    expect(found).toEqual([{ who: 'Cabinet', verb: 'calls by', demand: 'her Cabinet to step aside' }]);
  });

  it('reads a reported "should" as an appeal by the speaker, but not "should not"', () => {
    expect(appealsOf('Mendes said the two sides should deepen their cooperation.', [MENDES]).map((a) => a.who)).toEqual([
      'Carlos Mendes',
    ]);
    expect(appealsOf('Mendes said the deal should not be rushed.', [MENDES])).toEqual([]);
  });

  it('resolves "he" to the person the previous sentence was about', () => {
    const text = 'Mendes spoke with Roth for an hour. He urged restraint on the border.';
    expect(appealsOf(text, [MENDES, ROTH]).map((a) => a.who)).toEqual(['Carlos Mendes']);
  });

  it('skips negated, hypothetical and passive appeals, and "demands" as a noun', () => {
    expect(appealsOf('Brazil had not pressed for a vote on the resolution.', [BRAZIL])).toEqual([]);
    expect(appealsOf('Roth is considering urging Mendes to resign.', [ROTH, MENDES])).toEqual([]);
    expect(appealsOf('Brazil was urged to lower its tariffs.', [BRAZIL])).toEqual([]);
    expect(appealsOf('Roth rejected the demands of Brazil for compensation.', [ROTH, BRAZIL])).toEqual([]);
  });

  it('gives a participle after a relative clause to every party the relative is about', () => {
    const text = 'Roth was among ministers including Carlos Mendes, who visited the palace, urging the king to step aside.';
    expect(appealsOf(text, [ROTH, MENDES]).map((a) => a.who)).toEqual(['Anna Roth', 'Carlos Mendes']);
  });

  it('puts the addressee of "asked X to" in the demand', () => {
    expect(appealsOf('Brazil has asked Roth to extradite the banker.', [BRAZIL, ROTH])).toEqual([
      { who: 'Brazil', verb: 'asked Roth to', demand: 'Roth to extradite the banker' },
    ]);
  });

  it('finds a party named again in the clause when no mention was recorded there', () => {
    const okafor: ActorSpec = { type: 'person', name: 'Okafor', forms: ['Okafor'] };
    const text = 'Okafor chaired the session. Late that night, when Okafor called for a show of hands, the members walked out.';
    const ctx = contextFor(text, [okafor]);
    ctx.actors[0].mentions.splice(1);
    expect(extractAppeals(ctx).map((a) => a.demand)).toEqual(['a show of hands']);
  });

  it('does not take a recorded form that is part of a longer name', () => {
    const okafor: ActorSpec = { type: 'person', name: 'Okafor', forms: ['Okafor'] };
    const ctx = contextFor('Okafor chaired the session. Later, when Ada Okafor called for a recount, nobody objected.', [okafor]);
    ctx.actors[0].mentions.splice(1);
    expect(extractAppeals(ctx)).toEqual([]);
  });

  it('resolves "they" to a named group of organizations when no person was named just before', () => {
    const senate: ActorSpec = { type: 'organization', name: 'Senate', forms: ['Senate'] };
    const assembly: ActorSpec = { type: 'organization', name: 'Assembly', forms: ['Assembly'] };
    const text = 'The Senate and the Assembly met in joint session. Members of both chambers praised the count. They call on the winners to heal the country.';
    expect(appealsOf(text, [senate, assembly]).map((a) => a.who)).toEqual(['Senate', 'Assembly']);
    const withPerson = 'The Senate and the Assembly met in joint session. Roth thanked the clerks. They urged calm.';
    expect(appealsOf(withPerson, [senate, assembly, ROTH])).toEqual([]);
    expect(appealsOf('The Senate met in joint session. They urged calm.', [senate])).toEqual([]);
  });

  it('does not read "said that should" as a proposal', () => {
    expect(appealsOf('Brazil said that should lower prices for farmers.', [BRAZIL])).toEqual([]);
  });

  it('reads an ultimatum as an appeal by the speaker that the other side act', () => {
    const text = 'Mendes said his party will block the budget if the government does not withdraw the tax.';
    expect(appealsOf(text, [MENDES])).toEqual([
      { who: 'Carlos Mendes', verb: 'will', demand: 'the government withdraw the tax' },
    ]);
    expect(appealsOf('Mendes said exports would fall if the rains did not come.', [MENDES])).toEqual([]);
  });
});
