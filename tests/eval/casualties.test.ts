import { describe, expect, it } from 'vitest';
import { scoreCasualtyFigures } from '../../src/eval/scorers/casualty-figures.js';
import { scoreStatedCounts, type StatedGold } from '../../src/eval/scorers/stated-counts.js';
import { prf, accuracy, type SectionScore } from '../../src/eval/score.js';
import type { GoldWith } from '../../src/eval/gold.js';
import { casualty, goldAsRecord, record } from './records.js';

const row = (section: SectionScore, label: string) => section.rows.find((r) => r.label === label)!;

describe('scoreStatedCounts (incident gold)', () => {
  const stated: StatedGold = {
    id: 'shooting-1', dct: '2016-07-02', text: 'Two men were killed and three people wounded in a shooting on Friday night.',
    casualties: [{ kind: 'killed', count: 2 }, { kind: 'injured', count: 3 }],
    countStatedByType: { killed: true, injured: true },
  };
  const unstated: StatedGold = { ...stated, id: 'shooting-2', countStatedByType: { killed: true, injured: false } };

  it('scores gold against itself as recall 1.0, with no precision', () => {
    const section = scoreStatedCounts([{ gold: stated, record: goldAsRecord(stated) }]);
    expect(prf(row(section, 'all'))).toEqual({ p: null, r: 1, f1: null });
  });

  it('finds a gold count among several figures of its kind only', () => {
    const figures = [casualty('killed', 5), casualty('killed', 2), casualty('injured', 2)];
    const section = scoreStatedCounts([{ gold: stated, record: record('shooting-1', { casualties: figures }) }]);
    expect(row(section, 'killed')).toEqual({ label: 'killed', tp: 1, fp: null, fn: 0 });
    expect(row(section, 'injured')).toEqual({ label: 'injured', tp: 0, fp: null, fn: 1 });
    expect(section.errors).toEqual([{ doc: 'shooting-1', type: 'fn', text: 'injured 3 not among [2]' }]);
  });

  it('leaves out the counts the article does not state', () => {
    const section = scoreStatedCounts([{ gold: unstated, record: record('shooting-2') }]);
    expect(section.rows.map((r) => r.label)).toEqual(['killed', 'all']);
    expect(row(section, 'all')).toEqual({ label: 'all', tp: 0, fp: null, fn: 1 });
  });
});

describe('scoreCasualtyFigures (news gold)', () => {
  const gold: GoldWith<'casualties'> = {
    id: 'quake', dct: null, text: 'At least 40 people died, 120 were hurt and dozens are missing; two named victims were ...',
    casualties: [
      { kind: 'killed', count: 40, qualifier: 'at-least' },
      { kind: 'injured', count: 120, qualifier: 'exact' },
      { kind: 'missing', count: null, qualifier: 'vague' },
      { kind: 'killed', count: 1, qualifier: 'exact' },
      { kind: 'killed', count: 1, qualifier: 'exact' },
    ],
  };

  it('scores gold against itself as 1.0 with every qualifier right', () => {
    const section = scoreCasualtyFigures([{ gold, record: goldAsRecord(gold) }]);
    expect(prf(row(section, 'all')).f1).toBe(1);
    expect(accuracy(section.accuracies[0])).toBe(1);
  });

  it('counts a wrong count as a false positive and a false negative of its kind', () => {
    const figures = goldAsRecord(gold).casualties.map((c) => (c.count === 120 ? { ...c, count: 12 } : c));
    const section = scoreCasualtyFigures([{ gold, record: record('quake', { casualties: figures }) }]);
    expect(row(section, 'injured')).toEqual({ label: 'injured', tp: 0, fp: 1, fn: 1 });
    expect(row(section, 'killed')).toEqual({ label: 'killed', tp: 3, fp: 0, fn: 0 });
  });

  it('pairs repeated figures one to one and judges the qualifier of each pair', () => {
    const figures = [casualty('killed', 40, 'exact'), casualty('killed', 1), casualty('killed', 1), casualty('killed', 1)];
    const section = scoreCasualtyFigures([{ gold, record: record('quake', { casualties: figures }) }]);
    expect(row(section, 'killed')).toEqual({ label: 'killed', tp: 3, fp: 1, fn: 0 });
    expect(section.accuracies[0]).toEqual({ label: 'qualifier', correct: 2, total: 3 });
  });

  it('pairs a vague figure on its missing count', () => {
    const section = scoreCasualtyFigures([{ gold, record: record('quake', { casualties: [casualty('missing', null, 'vague')] }) }]);
    expect(row(section, 'missing')).toEqual({ label: 'missing', tp: 1, fp: 0, fn: 0 });
  });
});
