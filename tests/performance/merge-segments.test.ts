// The findings of a long document's segments merged into one document's findings.
import { describe, expect, it } from 'vitest';
import { mergeSegments, type SegmentFindings } from '../../src/extract/merge-segments.js';
import type { Actor, Casualty } from '../../src/schema.js';

const actor = (id: string, type: Actor['type'], name: string, start: number, text = name): Actor => ({
  id,
  type,
  name,
  title: null,
  country: null,
  aliases: [],
  mentions: [{ start, end: start + text.length, text }],
});

const killed = (count: number, text: string, start: number): Casualty => ({
  kind: 'killed',
  count,
  min: null,
  max: null,
  qualifier: 'exact',
  victims: 'people',
  text,
  start,
  end: start + text.length,
});

const segment = (offset: number, found: Partial<SegmentFindings>): SegmentFindings => ({
  offset,
  actors: [],
  calls: [],
  appeals: [],
  dates: [],
  casualties: [],
  warnings: [],
  ...found,
});

describe('mergeSegments', () => {
  const merged = mergeSegments([
    segment(0, {
      actors: [actor('A1', 'person', 'Vesna Talbot', 10), actor('A2', 'place', 'Halden', 40)],
      casualties: [killed(14, '14 people were killed', 60)],
    }),
    segment(1000, {
      actors: [
        actor('A1', 'organization', 'Coast Guard', 5),
        actor('A2', 'person', 'Talbot', 30),
        actor('A3', 'country', 'Halden', 50),
      ],
      appeals: [{ actor: 'A2', verb: 'urged', demand: 'calm', evidence: { start: 30, end: 60, text: 'Talbot urged calm' } }],
      calls: [
        {
          id: 'C1',
          participants: ['A2', 'A1'],
          medium: 'phone',
          date: null,
          initiator: 'A2',
          topics: [],
          evidence: { start: 20, end: 40, text: 'spoke by phone' },
        },
      ],
      casualties: [killed(14, '14 people were killed', 70), killed(3, '3 people were killed', 90)],
    }),
  ]);

  it('makes one actor of a person named in full, then by surname in a later segment', () => {
    const talbot = merged.actors.find((a) => a.name === 'Vesna Talbot')!;
    expect(talbot.mentions).toEqual([
      { start: 10, end: 22, text: 'Vesna Talbot' },
      { start: 1030, end: 1036, text: 'Talbot' },
    ]);
    expect(talbot.aliases).toEqual(['Talbot']);
  });

  it('makes a place that acts in a later segment one country', () => {
    const halden = merged.actors.filter((a) => a.name === 'Halden');
    expect(halden).toHaveLength(1);
    expect(halden[0].type).toBe('country');
  });

  it('numbers actors in order of first appearance and remaps references to them', () => {
    expect(merged.actors.map((a) => `${a.id} ${a.name}`)).toEqual(['A1 Vesna Talbot', 'A2 Halden', 'A3 Coast Guard']);
    expect(merged.appeals[0]).toMatchObject({ actor: 'A1', evidence: { start: 1030, end: 1060 } });
    expect(merged.calls[0]).toMatchObject({ id: 'C1', participants: ['A1', 'A3'], initiator: 'A1' });
  });

  it('keeps a figure repeated in a later segment once, and shifts the others', () => {
    expect(merged.casualties.map((c) => [c.count, c.start])).toEqual([
      [14, 60],
      [3, 1090],
    ]);
  });
});
