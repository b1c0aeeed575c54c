// Holidays with a calendar rule (US and widely observed ones). Source: the fixed dates and weekday rules as
// set by custom and US federal law (e.g. Thanksgiving: fourth Thursday of November).

/** A fixed month-day, or the nth weekday (0 = Monday) of a month; n = -1 is the last. */
export type HolidayRule = { month: number; day: number } | { month: number; weekday: number; nth: number; plusDays?: number };

export const HOLIDAYS: Record<string, HolidayRule> = {
  'boxing day': { month: 12, day: 26 },
  'christmas': { month: 12, day: 25 },
  'christmas day': { month: 12, day: 25 },
  'christmas eve': { month: 12, day: 24 },
  // The Tuesday after the first Monday of November.
  'election day': { month: 11, weekday: 0, nth: 1, plusDays: 1 },
  'halloween': { month: 10, day: 31 },
  'independence day': { month: 7, day: 4 },
  'labor day': { month: 9, weekday: 0, nth: 1 },
  'memorial day': { month: 5, weekday: 0, nth: -1 },
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  'thanksgiving': { month: 11, weekday: 3, nth: 4 },
  'thanksgiving day': { month: 11, weekday: 3, nth: 4 },
  "valentine's day": { month: 2, day: 14 },
  'veterans day': { month: 11, day: 11 },
};
