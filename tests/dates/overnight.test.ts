import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// Reference: Tuesday 10 March 2026.
describe('rule overnight: the night before the reference, or the coming one', () => {
  it.each([
    ['Jets struck targets near the border overnight, the army said.', ['overnight → TIME 2026-03-09TNI']],
    ['Overnight shelling killed 12 people, residents said.', ['Overnight → TIME 2026-03-09TNI']],
    ['Crews will work overnight to restore power.', ['overnight → TIME 2026-03-10TNI']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('leaves the sudden and the generic "overnight" alone', () => {
    expect(summary('Peace will not happen overnight, the envoy warned.')).toEqual([]);
    expect(summary('The singer became an overnight success.')).toEqual([]);
    expect(summary('Visitors may book an overnight stay at the lodge.')).toEqual([]);
  });
});

describe('overnight before a day (refiner overnight-day) and after one (resolve-day-anaphora)', () => {
  it('reads "overnight Sunday" as that night', () => {
    expect(summary('Four people were shot at a nightclub overnight Sunday, police said.')).toEqual(['overnight Sunday → DATE 2026-03-08TNI']);
  });

  it('is no antecedent for a day counted from the story', () => {
    expect(summary('Shares fell on Friday after overnight losses abroad, and were down from the previous Friday.')).toEqual([
      'Friday → DATE 2026-03-06',
      'overnight → TIME 2026-03-09TNI',
      'the previous Friday → DATE 2026-02-27',
    ]);
  });
});
