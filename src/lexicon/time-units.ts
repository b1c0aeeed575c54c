// Words for units of time and their TIMEX3 unit codes (TH/TM/TS are hours, minutes, seconds; E decade, C century).
// Source: TimeML TIMEX3 value grammar (ISO 8601 durations) and common English usage.

export const TIME_UNITS: Record<string, 'Y' | 'M' | 'W' | 'D' | 'Q' | 'TH' | 'TM' | 'TS' | 'E' | 'C'> = {
  century: 'C', centuries: 'C', day: 'D', days: 'D', decade: 'E', decades: 'E', fortnight: 'W',
  hour: 'TH', hours: 'TH', minute: 'TM', minutes: 'TM', month: 'M', months: 'M', quarter: 'Q', quarters: 'Q',
  seconds: 'TS', week: 'W', weeks: 'W', year: 'Y', years: 'Y',
};

/** Amount a unit word carries beyond its code: a fortnight is two weeks. */
export const UNIT_MULTIPLIERS: Record<string, number> = { fortnight: 2 };

/** Adverbs and adjectives of recurrence → [amount, unit] ("daily" is every one day). */
export const FREQUENCY_WORDS: Record<string, [number, 'Y' | 'M' | 'W' | 'D' | 'Q' | 'TH']> = {
  daily: [1, 'D'], hourly: [1, 'TH'], monthly: [1, 'M'],
  nightly: [1, 'D'], weekly: [1, 'W'], yearly: [1, 'Y'],
};
