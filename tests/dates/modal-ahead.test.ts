import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference, 10 March 2026, is a Tuesday.
describe('tense: a modal of possibility or duty before a verb looks ahead', () => {
  it.each([
    ['Lawmakers may vote as early as Friday on the spending bill.', ['Friday → DATE 2026-03-13']],
    ['The central bank should cut rates on Thursday, economists said.', ['Thursday → DATE 2026-03-12']],
    ['The talks might resume Thursday in Geneva.', ['Thursday → DATE 2026-03-12']],
    ['Residents can collect sandbags at the depot on Saturday.', ['Saturday → DATE 2026-03-14']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    ['The gunman may have fled the town on Sunday, police said.', ['Sunday → DATE 2026-03-08']],
    ['The family could not be located Monday in their home town.', ['Monday → DATE 2026-03-09']],
    ['Firefighters could see the smoke on Friday from the valley.', ['Friday → DATE 2026-03-06']],
  ])('not a modal looking ahead: %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
