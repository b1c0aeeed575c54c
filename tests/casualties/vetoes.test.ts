// Each veto of number-before-cue.ts: a cue after a figure that does not count it.
import { describe, expect, it } from 'vitest';
import { CUE_VETOES } from '../../src/extract/casualties/patterns/number-before-cue.js';
import { figures } from './helpers.js';

describe('number-before-cue vetoes', () => {
  it('has a name for each veto', () => {
    expect(CUE_VETOES.map((v) => v.name)).toEqual([
      'cue-takes-object', 'attackers-fled', 'shot-at', 'downed-aircraft', 'vague-survivors', 'vague-sheltering', 'cue-as-modifier', 'lives-saved',
      'number-agreement', 'attributive-cue', 'whole-of-a-part', 'no-people-named',
    ]);
  });

  it('cue-takes-object: the figure before a verb counts the attackers', () => {
    expect(figures('Six gunmen killed three villagers overnight.')).toEqual([['killed', 3]]);
  });

  it('attackers-fled: two suspects running away are not displaced', () => {
    expect(figures('The two suspects fled on foot.')).toEqual([]);
    expect(figures('About 3,000 residents fled the shelling.')).toEqual([['displaced', 3000]]);
    expect(figures('Two cashiers fled through the back door.')).toEqual([]);
  });

  it('shot-at: fired on is not hit', () => {
    expect(figures('Two officers shot at them from the roof.')).toEqual([]);
  });

  it('downed-aircraft: drones shot down are no casualties, fighters shot down are', () => {
    expect(figures('Of the 40 drones launched, 31 were shot down overnight.')).toEqual([]);
    expect(figures('All three militants were shot down in the gunfight.')).toEqual([['killed', 3]]);
  });

  it('vague-survivors: "some who survived" is no count', () => {
    expect(figures('Some of the passengers who survived spoke to reporters.')).toEqual([]);
    expect(figures('Five people survived the shooting.')).toEqual([['injured', 5]]);
  });

  it('cue-as-modifier: "two murder charges" counts charges', () => {
    expect(figures('He faces two murder charges.')).toEqual([]);
  });

  it('lives-saved: lives kept are not lost', () => {
    expect(figures('Quick work by the crew saved four lives.')).toEqual([]);
  });

  it('number-agreement: a figure above one with a singular verb or noun is something else', () => {
    expect(figures('Photo 10 Girl, 4, died in the blaze.')).toEqual([]);
  });

  it('attributive-cue: "the 14 affected districts" counts places', () => {
    expect(figures('Aid reached the 14 affected districts on Friday.')).toEqual([]);
    expect(figures('Some 14,000 people were affected by the floods.')).toEqual([['affected', 14000]]);
  });

  it('whole-of-a-part: the larger group after "N of the" is no count', () => {
    expect(figures("Divers found 12 of the boat's 40 passengers still missing.")).toEqual([['missing', 12]]);
  });

  it('no-people-named: loose words with no people noun', () => {
    expect(figures('The two leaders discussed the critical shortage of fuel.')).toEqual([]);
  });
});
