// Holidays with a calendar rule (US and widely observed ones). Source: the fixed dates and weekday rules as
// set by custom and US federal law (e.g. Thanksgiving: fourth Thursday of November); the movable Christian
// feasts as days before or after Western (Gregorian) Easter Sunday, as the churches' calendars set them.

/**
 * A fixed month-day, the nth weekday (0 = Monday) of a month (n = -1 is the last), or a number of days from
 * Easter Sunday.
 */
export type HolidayRule =
  | { month: number; day: number }
  | { month: number; weekday: number; nth: number; plusDays?: number }
  | { daysFromEaster: number };

export const HOLIDAYS: Record<string, HolidayRule> = {
  'ash wednesday': { daysFromEaster: -46 },
  'boxing day': { month: 12, day: 26 },
  'christmas': { month: 12, day: 25 },
  'christmas day': { month: 12, day: 25 },
  'christmas eve': { month: 12, day: 24 },
  'columbus day': { month: 10, weekday: 0, nth: 2 },
  'easter': { daysFromEaster: 0 },
  'easter monday': { daysFromEaster: 1 },
  'easter sunday': { daysFromEaster: 0 },
  // The Tuesday after the first Monday of November.
  'election day': { month: 11, weekday: 0, nth: 1, plusDays: 1 },
  "father's day": { month: 6, weekday: 6, nth: 3 },
  'good friday': { daysFromEaster: -2 },
  'halloween': { month: 10, day: 31 },
  'holy saturday': { daysFromEaster: -1 },
  'holy thursday': { daysFromEaster: -3 },
  'independence day': { month: 7, day: 4 },
  'labor day': { month: 9, weekday: 0, nth: 1 },
  'martin luther king day': { month: 1, weekday: 0, nth: 3 },
  'maundy thursday': { daysFromEaster: -3 },
  'memorial day': { month: 5, weekday: 0, nth: -1 },
  "mother's day": { month: 5, weekday: 6, nth: 2 },
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  'palm sunday': { daysFromEaster: -7 },
  'pentecost': { daysFromEaster: 49 },
  'presidents day': { month: 2, weekday: 0, nth: 3 },
  "presidents' day": { month: 2, weekday: 0, nth: 3 },
  "saint patrick's day": { month: 3, day: 17 },
  "st patrick's day": { month: 3, day: 17 },
  "st. patrick's day": { month: 3, day: 17 },
  'thanksgiving': { month: 11, weekday: 3, nth: 4 },
  'thanksgiving day': { month: 11, weekday: 3, nth: 4 },
  "valentine's day": { month: 2, day: 14 },
  'veterans day': { month: 11, day: 11 },
};
