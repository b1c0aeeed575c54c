// Each rule of not-counts.ts: figures that count scores, votes or forces sent are never casualties.
import { describe, expect, it } from 'vitest';
import { NOT_COUNT_RULES } from '../../src/extract/casualties/not-counts.js';
import { figures } from './helpers.js';

describe('not-count rules', () => {
  it('has a name for each rule', () => {
    expect(NOT_COUNT_RULES.map((r) => r.name)).toEqual(['score', 'vote', 'groups-of-members', 'yearly-rate', 'year-statistic', 'forces-sent']);
  });

  it('score: a game result is not people hurt', () => {
    expect(figures('The hosts beat the champions 3-1, a defeat that left two fans injured.')).toEqual([['injured', 2]]);
    expect(figures('She finished two strokes behind after her partner was hurt.')).toEqual([]);
    expect(figures('United won 2-0 on a night when one fan was injured.')).toEqual([['injured', 1]]);
  });

  it('vote: a tally of votes is not a count of people', () => {
    expect(figures('The council voted 7-2 to reopen the bridge where 12 people died.')).toEqual([['killed', 12]]);
    expect(figures('The motion on the killings passed with 41 votes against nine.')).toEqual([]);
  });

  it('groups-of-members: the families or households the people belong to are not counted', () => {
    expect(figures('Six members of one family died when their car was hit by a truck.')).toEqual([['killed', 6]]);
    expect(figures('Nine children from two households were hurt in the blaze.')).toEqual([['injured', 9]]);
    expect(figures('One family was killed in the strike.')).toEqual([['killed', 1]]);
  });

  it('forces-sent: troops deployed are not casualties', () => {
    expect(figures('The army deployed 4,000 soldiers, two of whom were killed on Tuesday.')).toEqual([['killed', 2]]);
    expect(figures('Officials sent another 300 police officers, wounded in spirit but ready.')).toEqual([]);
  });

  it('keeps people sent to hospital', () => {
    expect(figures('Paramedics sent 14 people to hospital after the crash.')).toEqual([['injured', 14]]);
  });
});

describe('yearly-rate', () => {
  it('reads a figure over a period as a statistic, not a casualty figure', () => {
    expect(figures('Heart disease kills about 650,000 Americans a year, the agency said.')).toEqual([]);
    expect(figures('Every year, roughly 1,300 people die on the country’s roads.')).toEqual([]);
    expect(figures('Landmines still kill or maim some 5,000 people annually.')).toEqual([]);
  });

  it('keeps a figure told a day after or a year ago', () => {
    expect(figures('The clashes came a day after a car bomb killed 9 soldiers in the north.')).toEqual([['killed', 9]]);
    expect(figures('A gunman killed 14 people at the college a year ago.')).toEqual([['killed', 14]]);
    expect(figures('The army said 40 rebels were killed in a week of fighting.')).toEqual([['killed', 40]]);
  });
});
