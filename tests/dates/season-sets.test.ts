import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference is Tuesday 10 March 2026.
describe('sets: every or each season is that season in every year', () => {
  it.each([
    ['The pilgrims return to the shrine each spring.', ['each spring → SET XXXX-SP']],
    ['Every summer, wildfires force thousands from their homes.', ['Every summer → SET XXXX-SU']],
    ['The pass is closed to traffic every winter.', ['every winter → SET XXXX-WI']],
    ['Each autumn the ministry publishes its harvest forecast.', ['Each autumn → SET XXXX-FA']],
    ['The herders move south every fall.', ['every fall → SET XXXX-FA']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('leaves "every other summer" unread rather than guess its value', () => {
    expect(summary('The festival is staged every other summer.')).toEqual([]);
  });
});
