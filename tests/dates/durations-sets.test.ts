import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('durations', () => {
  it.each([
    ['The siege lasted two years.', 'two years → DURATION P2Y'],
    ['Prices have climbed over the past two months.', 'the past two months → DURATION P2M'],
    ['The strike could last a few days.', 'a few days → DURATION PXD'],
    ['Troops will stay for a three-year period.', 'a three-year period → DURATION P3Y'],
    ['Profit rose in the first nine months.', 'the first nine months → DURATION P9M'],
    ['The firm signed a two-year contract.', 'two-year → DURATION P2Y'],
    ['Flights were grounded for 18 hours.', '18 hours → DURATION PT18H'],
    ['Talks could take at least 30 days.', 'at least 30 days → DURATION P30D'],
    ['Fighting has raged for decades.', 'decades → DURATION PXE'],
    ['Aid deliveries slowed in recent weeks.', 'recent weeks → DURATION PXW'],
    ['Traders expect choppy markets in the weeks ahead.', 'the weeks ahead → DURATION PXW'],
    ['Rates should stay low for the next couple of years.', 'the next couple of years → DURATION P2Y'],
    ['The talks dragged on for two and a half years.', 'two and a half years → DURATION P2Y6M'],
    ['Rescuers searched the rubble for 5 1/2 hours.', '5 1/2 hours → DURATION PT5H30M'],
    ['The second blast came a minute and a half later.', 'a minute and a half → DURATION PT1M30S'],
    ['Voting was halted for half an hour.', 'half an hour → DURATION PT30M'],
    ['The crossing took about a day and a half.', 'a day and a half → DURATION P1DT12H'],
  ])('%s', (text, expected) => {
    expect(summary(text)).toContain(expected);
  });

  it('does not read ages as durations', () => {
    expect(summary('A 6-year-old boy was among the injured.')).toEqual([]);
    expect(summary('The victim was 52 years old.')).toEqual([]);
  });
});

describe('sets', () => {
  it.each([
    ['Inspectors visit the site every week.', 'every week → SET P1W'],
    ['The agency publishes daily figures.', 'daily → SET P1D'],
    ['The council meets each Thursday.', 'each Thursday → SET XXXX-WXX-4'],
    ['Markets close early on Fridays.', 'Fridays → SET XXXX-WXX-5'],
    ['Rents rose 5% a year.', 'a year → SET P1Y'],
  ])('%s', (text, expected) => {
    expect(summary(text)).toContain(expected);
  });
});

describe('an amount before "later" (later-duration)', () => {
  it('is a DURATION counted from an earlier moment of the story, "later" left outside', () => {
    expect(summary('Three days later, the army withdrew from the valley.')).toEqual(['Three days → DURATION P3D']);
    expect(summary('A second blast struck the market a few minutes later.')).toEqual(['a few minutes → DURATION PTXM']);
    expect(summary('The suspect surrendered more than four hours later.')).toEqual(['more than four hours → DURATION PT4H']);
  });

  it('leaves "ago" and "earlier" as dates counted from the reference', () => {
    expect(summary('The plant closed two years ago.')).toEqual(['two years ago → DATE 2024']);
    expect(summary('Sales rose 4% from a year earlier.')).toEqual(['a year earlier → DATE 2025']);
  });
});

describe('a range of amounts of one unit (duration-range)', () => {
  it('is one DURATION valued at its lower bound', () => {
    expect(summary('Engineers said repairs would take two to three weeks.')).toEqual(['two to three weeks → DURATION P2W']);
    expect(summary('Prices could stay high over the next 12 to 18 months.')).toEqual(['the next 12 to 18 months → DURATION P12M']);
    expect(summary('The hearing may last three or four days.')).toEqual(['three or four days → DURATION P3D']);
  });

  it('joins no numbers that are no range', () => {
    expect(summary('He was sentenced in June 2012 to 15 years.')).toEqual(['June 2012 → DATE 2012-06', '15 years → DURATION P15Y']);
    expect(summary('Most recruits were 18 to 25 years old.')).toEqual([]);
    expect(summary('The mine closed three to four years ago.')).toEqual(['four years ago → DATE 2022']);
  });
});

describe('two plural units joined by "or"/"and" (vague-duration)', () => {
  it('is one mention in the first unit', () => {
    expect(summary('The siege could drag on for weeks or months.')).toEqual(['weeks or months → DURATION PXW']);
    expect(summary('Funds have lost ground in recent weeks and months.')).toEqual(['recent weeks and months → DURATION PXW']);
  });
});
