import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// Reference: Tuesday 10 March 2026. Sentences are this project's own, in the style of wire copy.
describe('days anchored on the day last mentioned (resolve-day-anaphora)', () => {
  it('counts "the next day" and "the next morning" from the day named before', () => {
    expect(summary('Gunmen stormed the compound on March 2. The next day, troops retook it.')).toEqual([
      'March 2 → DATE 2026-03-02',
      'The next day → DATE 2026-03-03',
    ]);
    expect(summary('The suspect was detained on Feb. 3 and appeared before a judge the next morning.')).toEqual([
      'Feb. 3 → DATE 2026-02-03',
      'the next morning → TIME 2026-02-04TMO',
    ]);
  });

  it('counts "the previous day" and a closing "the day before" back from that day', () => {
    expect(summary('The ceasefire collapsed on Friday. The previous day, negotiators had left Doha.')).toEqual([
      'Friday → DATE 2026-03-06',
      'The previous day → DATE 2026-03-05',
    ]);
    expect(summary('Voting on Feb. 8 followed a rally the day before.')).toEqual([
      'Feb. 8 → DATE 2026-02-08',
      'the day before → DATE 2026-02-07',
    ]);
  });

  it('reads "the previous Friday" as the Friday before the day named', () => {
    expect(summary('The index closed on Friday 3% below the previous Friday.')).toEqual([
      'Friday → DATE 2026-03-06',
      'the previous Friday → DATE 2026-02-27',
    ]);
  });

  it('gives a relational "the day after <event>" in apposition the date it stands for (day-before-date), and leaves a story without an earlier day on the reference', () => {
    expect(summary('He was arrested on Feb. 3, the day after the raid.')).toEqual(['Feb. 3 → DATE 2026-02-03', 'the day → DATE 2026-02-03']);
    expect(summary('The next day, aid convoys reached the town.')).toEqual(['The next day → DATE 2026-03-11']);
  });
});

describe('"that day", "that night", "the same day" (that-day)', () => {
  it('takes the day last mentioned, keeping the part of the day', () => {
    expect(summary('Rebels entered the town on March 4. That night, shelling resumed.')).toEqual([
      'March 4 → DATE 2026-03-04',
      'That night → TIME 2026-03-04TNI',
    ]);
    expect(summary('The vote was held on Sunday. Earlier that day, two bombs exploded near polling stations.')).toEqual([
      'Sunday → DATE 2026-03-08',
      'Earlier that day → DATE 2026-03-08',
    ]);
    expect(summary('Police arrested two men on Feb. 20 and charged them the same day.')).toEqual([
      'Feb. 20 → DATE 2026-02-20',
      'the same day → DATE 2026-02-20',
    ]);
  });

  it('falls back on the reference day when no day was named', () => {
    expect(summary('Later that same day, the minister resigned.')).toEqual(['Later that same day → DATE 2026-03-10']);
  });
});
