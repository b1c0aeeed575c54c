import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference is Tuesday 10 March 2026.
describe('tense: a plural subject in the present of a timetable looks ahead', () => {
  it.each([
    ['Both defendants face arraignment Thursday on charges of fraud.', ['Thursday → DATE 2026-03-12']],
    ['Union leaders hold talks with the rail operator on Friday.', ['Friday → DATE 2026-03-13']],
    ['The two sides play the return leg in Madrid on Sunday.', ['Sunday → DATE 2026-03-15']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    ['The boy was hit in the face Sunday night by a stray bullet.', ['Sunday night → DATE 2026-03-08TNI']],
    ['Coaches said the players agreed to hold nothing back on Saturday.', ['Saturday → DATE 2026-03-14']],
    ['Police lifted their hold on the building Monday.', ['Monday → DATE 2026-03-09']],
    ['The boys were "play fighting" in a bedroom Thursday evening when the gun went off.', ['Thursday evening → TIME 2026-03-05TEV']],
  ])('keeps the noun, the infinitive and a word after an auxiliary: %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('tense: an election told in the present looks ahead', () => {
  it.each([
    ['Voters go to the polls on Sunday in the first free election since the war.', ['Sunday → DATE 2026-03-15']],
    ['Scots head to the polls Thursday to choose a new parliament.', ['Thursday → DATE 2026-03-12']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    ['Voters went to the polls on Sunday amid tight security.', ['Sunday → DATE 2026-03-08']],
    ['Fewer than half of voters bothered to go to the polls on Sunday.', ['Sunday → DATE 2026-03-08']],
  ])('keeps the past: %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
