// Cue words and phrases that tell the kind of a figure: displaced, missing, injured, killed.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('casualty cues', () => {
  it('reads people who became refugees, were evacuated or displaced within their country', () => {
    expect(figures('Some 2.1 million people have become refugees and at least 4.5 million have been internally displaced.')).toEqual([
      ['displaced', 2_100_000],
      ['displaced', 4_500_000],
    ]);
    expect(figures('More than 600 people have been rescued or evacuated since the dam failed.')).toEqual([['displaced', 600]]);
    expect(figures('A total of 90 hikers have so far been evacuated from the slopes.')).toEqual([['displaced', 90]]);
  });

  it('reads people trapped, buried or reported missing as missing', () => {
    expect(figures('Officials said 212 people were reported missing after the storm.')).toEqual([['missing', 212]]);
    expect(figures('Gas Blast Traps 9 Miners')).toEqual([['missing', 9]]);
    expect(figures('The mudslide buried up to 80 people in the hamlet.')).toEqual([['missing', 80]]);
    expect(figures('Rescuers are searching for dozens of people feared trapped under the rubble.')).toEqual([['missing', null]]);
  });

  it('reads survivors and people fighting for their lives as injured', () => {
    expect(figures('Eight people died and three more were fighting for their lives on Sunday.')).toEqual([
      ['killed', 8],
      ['injured', 3],
    ]);
    expect(figures('Two other men are at the hospital, police said.')).toEqual([['injured', 2]]);
  });

  it('reads corpses and fatal casualties as deaths', () => {
    expect(figures('"We counted 41 corpses," a rescuer said.')).toEqual([['killed', 41]]);
    expect(figures('The unit suffered two fatal casualties in the ambush.')).toEqual([['killed', 2]]);
  });

  it('reads a casualty count as a toll', () => {
    expect(figures('Police put the casualty count at 11.')).toEqual([['killed', 11]]);
  });

  it('reads people of any trade counted before the cue', () => {
    expect(figures('Nine climbers killed, four missing on volcano')).toEqual([
      ['killed', 9],
      ['missing', 4],
    ]);
  });
});

describe('hurt and went missing', () => {
  it('reads "hurt" before the figure as injured', () => {
    expect(figures('A grenade hurt three guards on Monday.')).toEqual([['injured', 3]]);
    expect(figures('The explosion ripped through the market, hurting at least 20 shoppers.')).toEqual([['injured', 20]]);
  });

  it('reads people who went missing as missing', () => {
    expect(figures('Rescuers were searching for three fishermen who went missing on Friday.')).toEqual([['missing', 3]]);
    expect(figures('Two climbers have gone missing on the north face.')).toEqual([['missing', 2]]);
  });
});
