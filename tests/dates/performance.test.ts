import { describe, expect, it } from 'vitest';
import { findDates } from './helpers.js';

// Every pattern must run in linear time: hostile input of 100 KB finishes promptly.
describe('hostile input', () => {
  const inputs: Record<string, string> = {
    digits: '7'.repeat(100_000),
    'digits and commas': '12,'.repeat(34_000),
    'capitalised words': 'March May Monday Christmas Day '.repeat(3_300),
    'number words': 'twenty-one '.repeat(9_500),
    'mixed tokens': Array.from({ length: 12_000 }, (_, i) => ['1,2', 'Friday,', 'the past two', 'a.m.'][i % 4]).join(' '),
  };

  it.each(Object.entries(inputs))('%s', (_name, text) => {
    const started = performance.now();
    findDates(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
