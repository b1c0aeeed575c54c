import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('present, past and future references', () => {
  it.each([
    ['The port is now under army control.', 'now → DATE PRESENT_REF'],
    ['The group currently holds the northern districts.', 'currently → DATE PRESENT_REF'],
    ['The ministry recently tightened border checks.', 'recently → DATE PAST_REF'],
    ['Officials hope to reopen the crossing in the near future.', 'the near future → DATE FUTURE_REF'],
  ])('%s', (text, expected) => {
    expect(summary(text)).toContain(expected);
  });
});

describe('words that are not dates', () => {
  it('ignores lower-case may, march and sun', () => {
    expect(summary('Protesters may march under the hot sun again.')).toEqual([]);
  });

  it('ignores a sentence-opening May without a date cue', () => {
    expect(summary('May officials speak freely, the judge asked.')).toEqual([]);
  });

  it('reads a capitalised month after a cue', () => {
    expect(summary('The vote was delayed until May.')).toEqual(['May → DATE 2026-05']);
  });

  it('ignores numbers that are not years', () => {
    expect(summary('The army deployed 1,500 troops and spent $2000 on fuel; turnout was 1999.5 votes.')).toEqual([]);
    expect(summary('Prices jumped 2000 percent.')).toEqual([]);
  });
});
