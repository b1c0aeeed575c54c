import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule attach-open-end: an open end after a date stays in the extent', () => {
  it('keeps "or later", "and beyond" and "or so" with the date and its value', () => {
    expect(summary('The mine will not turn a profit until 2031 or later.')).toEqual(['2031 or later → DATE 2031']);
    expect(summary('The budget sets targets for 2027 and beyond.')).toEqual(['2027 and beyond → DATE 2027']);
    expect(summary('The plant will close over the next year or so, the company said.')).toEqual(['the next year or so → DATE 2027']);
  });

  it('leaves a following clause alone', () => {
    expect(summary('He joined the board in 2019 and later served as its chairman.')).toEqual(['2019 → DATE 2019']);
  });
});

describe('rule attach-modifiers: "around" before a date', () => {
  it('keeps "around" and "approximately" inside the extent', () => {
    expect(summary('The sale should close around May 1.')).toEqual(['around May 1 → DATE 2026-05-01']);
    expect(summary('The deal is expected to close around year end.')).toEqual(['around year end → DATE 2026']);
  });

  it('leaves "around" out before a possessive date, which qualifies the noun after it', () => {
    expect(summary("Lawyers sought a way around Monday's ruling.")).toEqual(['Monday → DATE 2026-03-09']);
  });
});
