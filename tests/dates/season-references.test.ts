import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule reference: a sporting season is only past, present or future', () => {
  it.each([
    ['The club finished third last season.', ['last season → DATE PAST_REF']],
    ['He has scored 20 goals this season.', ['this season → DATE PRESENT_REF']],
    ['The league will expand to 16 teams next season.', ['next season → DATE FUTURE_REF']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('keeps a calendar season its value', () => {
    expect(summary('Floods hit the valley last summer.')).toEqual(['last summer → DATE 2025-SU']);
  });
});
