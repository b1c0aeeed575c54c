import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// The reference is Tuesday 10 March 2026.
describe('tense: the present of a timetable looks ahead', () => {
  it.each([
    ['The two foreign ministers meet Friday in Geneva.', ['Friday → DATE 2026-03-13']],
    ['The president travels to Berlin on Thursday for talks on energy.', ['Thursday → DATE 2026-03-12']],
    ['Parliament reconvenes Monday after the recess.', ['Monday → DATE 2026-03-16']],
    ['The summit opens Monday and ends Wednesday.', ['Monday → DATE 2026-03-16', 'Wednesday → DATE 2026-03-11']],
    ['The ceasefire expires Sunday unless both sides extend it.', ['Sunday → DATE 2026-03-15']],
    ['The envoy returns to Kabul on Sunday after a week of talks.', ['Sunday → DATE 2026-03-15', 'a week → DURATION P1W']],
    ['The former minister goes on trial Monday.', ['Monday → DATE 2026-03-16']],
    ['The party holds its congress on Saturday.', ['Saturday → DATE 2026-03-14']],
    ['The new tariff takes effect Jan. 1.', ['Jan. 1 → DATE 2027-01-01']],
    ['The new tariffs take effect on Friday.', ['Friday → DATE 2026-03-13']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it.each([
    ['The ministers met Friday in Geneva.', ['Friday → DATE 2026-03-06']],
    ['The offer had been due to expire Friday evening.', ['Friday evening → TIME 2026-03-06TEV']],
    ['Police said the convoy arrived Sunday.', ['Sunday → DATE 2026-03-08']],
    ['The new tariff took effect Jan. 1.', ['Jan. 1 → DATE 2026-01-01']],
    ['Neighbours said the parties that go on Friday kept them awake.', ['Friday → DATE 2026-03-06']],
  ])('keeps the past: %s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('tense: irregular past forms', () => {
  it.each([
    ['The judge, who will retire next year, upheld the ban Friday.', ['next year → DATE 2027', 'Friday → DATE 2026-03-06']],
    ['Rebels who will join the talks tore down the checkpoint Sunday.', ['Sunday → DATE 2026-03-08']],
    ['The storm shook the coast in July.', ['July → DATE 2025-07']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});
