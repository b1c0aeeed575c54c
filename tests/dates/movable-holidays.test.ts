import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';
import { easterSunday } from '../../src/extract/dates/parsers/holiday.js';

// The reference, 10 March 2026, is a Tuesday; Easter Sunday 2026 is 5 April.
describe('rule holiday: movable feasts and more named days', () => {
  it('finds Western Easter Sunday', () => {
    expect([2013, 2019, 2024, 2025, 2026].map((y) => easterSunday(y))).toEqual([
      { year: 2013, month: 3, day: 31 },
      { year: 2019, month: 4, day: 21 },
      { year: 2024, month: 3, day: 31 },
      { year: 2025, month: 4, day: 20 },
      { year: 2026, month: 4, day: 5 },
    ]);
  });

  it('dates the feasts counted from Easter', () => {
    expect(summary('The pope will wash the feet of prisoners on Holy Thursday and lead prayers on Good Friday.')).toEqual([
      'Holy Thursday → DATE 2026-04-02',
      'Good Friday → DATE 2026-04-03',
    ]);
    expect(summary('Pilgrims will fill the square on Palm Sunday.')).toEqual(['Palm Sunday → DATE 2026-03-29']);
    expect(summary('Churches were full on Ash Wednesday.')).toEqual(['Ash Wednesday → DATE 2026-02-18']);
    expect(summary('The ferry strike ended before Easter 2025.')).toEqual(['Easter 2025 → DATE 2025-04-20']);
  });

  it('dates other named days, with either apostrophe', () => {
    expect(summary("Crowds lined the route of the St. Patrick's Day parade.")).toEqual(["St. Patrick's Day → DATE 2026-03-17"]);
    expect(summary('Florists expect record sales before Mother’s Day.')).toEqual(['Mother’s Day → DATE 2026-05-10']);
    expect(summary('Two people were hurt in fireworks accidents on New Year’s Eve.')).toEqual(['New Year’s Eve → DATE 2025-12-31']);
  });

  it('leaves names that only begin with a feast', () => {
    expect(summary('A cargo ship docked at Easter Island.')).toEqual([]);
    expect(summary('The play is set during the Easter Rising.')).toEqual([]);
  });
});
