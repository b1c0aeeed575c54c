// Veto shove: "pushed X into a closet to ..." is a push of the body, not pressure on someone to act.
import { describe, expect, it } from 'vitest';
import { appealsIn, MENDES } from './helpers.js';

describe('shove', () => {
  it('rejects a push into a room', () => {
    expect(appealsIn('Mendes pushed his son into a closet to keep him from the gunfire.', [MENDES])).toEqual([]);
  });
  it('rejects a push made twice', () => {
    expect(appealsIn('Mendes pushed the man twice to stop him.', [MENDES])).toEqual([]);
  });
  it('keeps pressure on allies to act', () => {
    expect(appealsIn('Mendes pushed allies to send more air defences.', [MENDES]).map((a) => a.demand)).toEqual(['allies to send more air defences']);
  });
});
