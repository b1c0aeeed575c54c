// Each rule of masks.ts: the span it blanks, named, and the figure it keeps from being read as a casualty.
import { describe, expect, it } from 'vitest';
import { MASK_RULES, maskedSpans } from '../../src/extract/casualties/masks.js';
import { figures } from './helpers.js';

/** The (rule, text) of every span the masks blank in `text`. */
const masked = (text: string) => maskedSpans(text).map((s) => [s.rule, text.slice(s.start, s.end)]);

describe('mask rules', () => {
  it('has a name for each rule', () => {
    expect(MASK_RULES.map((r) => r.name)).toEqual([
      'money-symbol', 'money-words', 'percentage', 'age-years-old', 'age-aged', 'age-after-name', 'age-in-parentheses',
      'clock-time', 'clock-time-24h', 'year', 'date-month-day', 'date-day-month', 'date-numeric', 'address-block',
      'street-address', 'reference-number', 'hash-number', 'phone-number',
    ]);
  });

  it('money-symbol', () => {
    const text = 'The families of the 12 killed were paid $40 million in damages.';
    expect(masked(text)).toEqual([['money-symbol', '$40 million']]);
    expect(figures(text)).toEqual([['killed', 12]]);
  });

  it('money-words', () => {
    expect(masked('Each of the injured got 500 dollars from the fund.')).toEqual([['money-words', '500 dollars']]);
    expect(figures('Each of the injured got 500 dollars from the fund.')).toEqual([]);
  });

  it('percentage', () => {
    expect(masked('Deaths on the roads fell 30 percent last year.')).toEqual([['percentage', '30 percent']]);
    expect(figures('Deaths on the roads fell 30 percent.')).toEqual([]);
  });

  it('age-years-old', () => {
    expect(masked('A 17-year-old was killed.')).toEqual([['age-years-old', '17-year-old']]);
    // the age is no figure: the teenager is one of the three (rule breakdown)
    expect(figures('Police said three people, among them a 17-year-old, were killed.')).toEqual([
      ['killed', 3],
      ['killed', 1],
    ]);
  });

  it('age-aged', () => {
    expect(masked('The three killed, aged 19, 22 and 40, were cousins.')).toEqual([['age-aged', 'aged 19, 22 and 40']]);
    expect(figures('The three killed, aged 19, 22 and 40, were cousins.')).toEqual([['killed', 3]]);
  });

  it('age-after-name', () => {
    expect(masked('Police said Mark Dunn, 41, was wounded.')).toEqual([['age-after-name', '41']]);
    expect(figures('Police said Mark Dunn, 41, was wounded.')).toEqual([['injured', 1]]);
  });

  it('age-in-parentheses', () => {
    expect(masked('The driver (58, a local man) died at the scene.')).toEqual([['age-in-parentheses', '58']]);
  });

  it('clock-time', () => {
    expect(masked('Two people were shot at 11 p.m. outside the bar.')).toEqual([['clock-time', '11 p.m.']]);
    expect(figures('Two people were shot at 11 p.m. outside the bar.')).toEqual([['injured', 2]]);
  });

  it('clock-time-24h', () => {
    expect(masked('The blast at 14:30 killed four.')).toEqual([['clock-time-24h', '14:30']]);
    expect(figures('The blast at 14:30 killed four.')).toEqual([['killed', 4]]);
  });

  it('year', () => {
    expect(masked('It was the worst toll since 1998.')).toEqual([['year', '1998']]);
    expect(figures('It was the deadliest fire since 1998 killed dozens.')).toEqual([['killed', null]]);
  });

  it('date-month-day', () => {
    expect(masked('The wounded were flown out on March 14.')).toEqual([['date-month-day', 'March 14']]);
    expect(figures('The wounded were flown out on March 14.')).toEqual([]);
  });

  it('date-day-month', () => {
    expect(masked('Those killed on 3rd of June were named.')).toEqual([['date-day-month', '3rd of June']]);
    expect(figures('Those killed on 3rd of June were named.')).toEqual([]);
  });

  it('date-numeric', () => {
    expect(masked('The crash on 6/12 killed a cyclist.')).toEqual([['date-numeric', '6/12']]);
    expect(figures('The crash on 6/12 killed two cyclists.')).toEqual([['killed', 2]]);
  });

  it('address-block', () => {
    expect(masked('A man was shot in the 400 block of Elm.')).toEqual([['address-block', '400 block']]);
    expect(figures('A man was shot in the 400 block of Elm.')).toEqual([['injured', 1]]);
  });

  it('street-address', () => {
    expect(masked('Officers found 2 bodies at 1200 West Oak Street.')).toEqual([['street-address', '1200 West Oak Street']]);
    expect(figures('Officers found 2 bodies at 1200 West Oak Street.')).toEqual([['killed', 2]]);
  });

  it('reference-number', () => {
    expect(masked('Flight 93 crashed, killing everyone aboard.')).toEqual([['reference-number', 'Flight 93']]);
    expect(figures('The wreck on Route 66 killed three.')).toEqual([['killed', 3]]);
  });

  it('hash-number', () => {
    expect(masked('The injured were taken to Station #4.')).toEqual([['hash-number', '#4']]);
    expect(figures('The injured were taken to Station #4.')).toEqual([]);
  });

  it('phone-number', () => {
    expect(masked('Anyone who saw the shooting should call 555-201-7788.')).toEqual([['phone-number', '555-201-7788']]);
    expect(figures('Anyone who saw the shooting should call 555-201-7788.')).toEqual([]);
  });
});
