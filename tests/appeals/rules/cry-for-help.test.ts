// Veto cry-for-help: "called for help", "called for backup" ask for rescue, not for an act of policy.
import { describe, expect, it } from 'vitest';
import { appealsIn, MENDES } from './helpers.js';

describe('cry-for-help', () => {
  it('rejects a wounded man calling for help', () => {
    expect(appealsIn('Wounded in the arm, Mendes crawled to the road and called for help.', [MENDES])).toEqual([]);
  });
  it('rejects an officer calling for backup', () => {
    expect(appealsIn('Mendes called for backup officers to respond to the scene.', [MENDES])).toEqual([]);
  });
  it('keeps a call for an end to the violence', () => {
    expect(appealsIn('Mendes called for an end to the violence.', [MENDES])).toEqual([
      { who: 'Carlos Mendes', demand: 'an end to the violence', rules: ['call-for', 'agent-clause-subject'] },
    ]);
  });
});

describe('cry-for-help, other verbs', () => {
  it('rejects pleading for help on a 911 line and asking for help at a door', () => {
    expect(appealsIn('Mendes called the operator at dawn, pleading for help.', [MENDES])).toEqual([]);
    expect(appealsIn('Mendes walked to a church to ask for help.', [MENDES])).toEqual([]);
  });
  it('keeps a plea for help from other states', () => {
    expect(appealsIn('Mendes pleaded for help from neighbouring states.', [MENDES]).map((a) => a.demand)).toEqual(['help from neighbouring states']);
  });
});
