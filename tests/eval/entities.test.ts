import { describe, expect, it } from 'vitest';
import { scoreEntities } from '../../src/eval/scorers/entities.js';
import { prf } from '../../src/eval/score.js';
import type { GoldEntity, GoldWith } from '../../src/eval/gold.js';
import { actor, goldAsRecord, record } from './records.js';

const TEXT = 'GENEVA 2024-02-01\nMaria Lopez of Oxfam told the Red Cross conference in Geneva that Euro aid was late.';
const entity = (text: string, type: GoldEntity['type'], from = 0): GoldEntity => {
  const start = TEXT.indexOf(text, from);
  return { start, end: start + text.length, text, type };
};
const gold: GoldWith<'entities'> = {
  id: 'aid', dct: null, text: TEXT,
  entities: [
    entity('GENEVA', 'LOC'), entity('Maria Lopez', 'PER'), entity('Oxfam', 'ORG'),
    entity('Red Cross', 'ORG'), entity('Geneva', 'LOC', 20), entity('Euro', 'MISC'),
  ],
};
const mention = (e: GoldEntity) => ({ start: e.start, end: e.end, text: e.text });
const row = (label: string, docs: Parameters<typeof scoreEntities>[0]) => scoreEntities(docs).rows.find((r) => r.label === label)!;

describe('scoreEntities', () => {
  it('scores gold against itself as 1.0 per type and micro, ignoring MISC', () => {
    const section = scoreEntities([{ gold, record: goldAsRecord(gold) }]);
    expect(section.rows.map((r) => [r.label, prf(r).f1])).toEqual([['PER', 1], ['ORG', 1], ['LOC', 1], ['micro', 1]]);
    expect(section.rows.at(-1)).toEqual({ label: 'micro', tp: 5, fp: 0, fn: 0 });
  });

  it('maps country and place to LOC and scores every mention of an actor', () => {
    const [, , , , geneva] = gold.entities;
    const city = actor('A1', 'country', 'Geneva', { mentions: [mention(gold.entities[0]), mention(geneva)] });
    expect(row('LOC', [{ gold, record: record('aid', { actors: [city] }) }])).toEqual({ label: 'LOC', tp: 2, fp: 0, fn: 0 });
  });

  it('counts a shifted span as one false positive and one false negative', () => {
    const lopez = gold.entities[1];
    const shifted = actor('A1', 'person', 'Lopez', { mentions: [{ start: lopez.start + 6, end: lopez.end, text: 'Lopez' }] });
    expect(row('PER', [{ gold, record: record('aid', { actors: [shifted] }) }])).toEqual({ label: 'PER', tp: 0, fp: 1, fn: 1 });
  });

  it('counts the right span with the wrong type against both types', () => {
    const oxfam = actor('A1', 'person', 'Oxfam', { mentions: [mention(gold.entities[2])] });
    const section = scoreEntities([{ gold, record: record('aid', { actors: [oxfam] }) }]);
    expect(section.rows.find((r) => r.label === 'PER')).toMatchObject({ tp: 0, fp: 1 });
    expect(section.rows.find((r) => r.label === 'ORG')).toMatchObject({ tp: 0, fn: 2 });
  });

  it('collapses a mention listed twice and ignores group actors', () => {
    const lopez = mention(gold.entities[1]);
    const actors = [actor('A1', 'person', 'Maria Lopez', { mentions: [lopez, lopez] }), actor('A2', 'group', 'aid workers', { mentions: [lopez] })];
    expect(row('micro', [{ gold, record: record('aid', { actors }) }])).toEqual({ label: 'micro', tp: 1, fp: 0, fn: 4 });
  });
});
