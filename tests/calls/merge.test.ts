// calls/merge.ts: reports of one call fold into one event; a state stands for its leader whatever
// type its actor was given; a differently dated or differently held call stays apart.
import { describe, expect, it } from 'vitest';
import { compatible, mergeInto, type CallEvent, type CallFacts } from '../../src/extract/calls/merge.js';
import type { Actor } from '../../src/schema.js';

const actor = (id: string, type: Actor['type'], name: string, country: string | null = null): Actor => ({
  id, type, name, title: null, country, aliases: [], mentions: [],
});
const ROTH = actor('A1', 'person', 'Anna Roth', 'Germany');
const MENDES = actor('A2', 'person', 'Carlos Mendes', 'Brazil');
const BRAZIL_AS_PLACE = actor('A3', 'place', 'Brazil');

function facts(participants: Actor[], date: string | null, medium: CallFacts['medium'] = 'unspecified', earlier = false): CallFacts {
  return {
    participants, medium, cameo: '040', date: date ? { text: date, value: date } : null, initiator: null, topics: [],
    evidence: { start: 0, end: 1, text: 'x' }, earlier, rules: ['met'],
  };
}

describe('merge', () => {
  it('folds a report naming the leader into the one naming his state, keeping the date', () => {
    const events: CallEvent[] = [];
    mergeInto(events, facts([ROTH, BRAZIL_AS_PLACE], '2031-05-03', 'phone'));
    mergeInto(events, facts([ROTH, MENDES], null));
    expect(events.map((e) => [e.participants.map((p) => p.name), e.date?.value, e.medium, e.rules])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], '2031-05-03', 'phone', ['met', 'merge-reports']],
    ]);
  });
  it('keeps calls on other days or by other media apart; joins two reports of one earlier call', () => {
    const event = facts([ROTH, MENDES], '2031-05-03', 'phone');
    expect([
      compatible(event, facts([ROTH, MENDES], '2031-05-04')),
      compatible(event, facts([ROTH, MENDES], null, 'in-person')),
      compatible(facts([ROTH, MENDES], null), facts([ROTH, MENDES], null, 'unspecified', true)),
      compatible(event, facts([MENDES, ROTH], null, 'phone')),
      compatible(facts([ROTH, MENDES], null, 'unspecified', true), facts([ROTH, MENDES], '2031-04-02', 'unspecified', true)),
    ]).toEqual([false, false, false, true, true]);
  });
});
