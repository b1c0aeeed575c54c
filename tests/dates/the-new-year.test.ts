import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('rule relative-period: "the new year" is the coming year', () => {
  it('is next year from March on', () => {
    expect(summary('Talks will resume in the new year, a spokesman said.', '2026-11-20')).toEqual(['the new year → DATE 2027']);
  });

  it('is the year just begun in its first two months', () => {
    expect(summary('The ministry has cut spending since the new year.', '2026-01-20')).toEqual(['the new year → DATE 2026']);
  });

  it.each(['Crowds gathered to celebrate the New Year.', 'Farmers face a new year of drought.'])('no period: %s', (text) => {
    expect(summary(text).filter((s) => s.startsWith('the new year') || s.startsWith('new year'))).toEqual([]);
  });
});
