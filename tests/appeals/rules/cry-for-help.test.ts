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
