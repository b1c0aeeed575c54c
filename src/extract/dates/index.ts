// Every temporal expression in the article as a TIMEX3 mention, chrono-node style: parsers propose
// candidates, refiners choose among them.
import type { DateFinding, ExtractContext } from '../context.js';
import type { FurnitureKind } from '../../document/furniture/index.js';
import { agoParser } from './parsers/ago.js';
import { agoThisPeriodParser } from './parsers/ago-this-period.js';
import { laterParser } from './parsers/later.js';
import { barePeriodParser } from './parsers/bare-period.js';
import { conjoinedDayParser } from './parsers/conjoined-day.js';
import { dayOfParser } from './parsers/day-of.js';
import { durationParser } from './parsers/duration.js';
import { durationRangeParser } from './parsers/duration-range.js';
import { fromDayParser } from './parsers/from-day.js';
import { everyParser, frequencyWordParser } from './parsers/frequency.js';
import { halfDurationParser } from './parsers/half-duration.js';
import { holidayParser } from './parsers/holiday.js';
import { dayMonthParser, monthDayParser } from './parsers/month-day.js';
import { monthParser } from './parsers/month.js';
import { numericDateParser } from './parsers/numeric-date.js';
import { ordinalDayParser } from './parsers/ordinal-day.js';
import { overnightParser } from './parsers/overnight.js';
import { periodAfterNextParser } from './parsers/period-after-next.js';
import { quarterParser } from './parsers/quarter.js';
import { referenceParser } from './parsers/reference.js';
import { relativeDayParser } from './parsers/relative-day.js';
import { relativePeriodParser } from './parsers/relative-period.js';
import { seasonPartParser, seasonYearParser } from './parsers/season-year.js';
import { shiftParser } from './parsers/shift.js';
import { soonParser } from './parsers/soon.js';
import { spokenYearParser } from './parsers/spoken-year.js';
import { thatDayParser } from './parsers/that-day.js';
import { thisTimeLastYearParser } from './parsers/this-time-last-year.js';
import { clockTimeParser, midDayPartParser, namedTimeParser, twentyFourHourParser } from './parsers/time-of-day.js';
import { vagueDurationParser } from './parsers/vague-duration.js';
import { unitLongParser } from './parsers/unit-long.js';
import { weekOfParser } from './parsers/week-of.js';
import { weekOfMonthParser } from './parsers/week-of-month.js';
import { weekdayParser } from './parsers/weekday.js';
import { weekdayWeekParser } from './parsers/weekday-week.js';
import { yearEarlierParser } from './parsers/year-earlier.js';
import { yearParser } from './parsers/year.js';
import { yearRangeEndParser, yearRangeStartParser } from './parsers/year-range.js';
import { attachModifiers, attachOpenEnd } from './refiners/attach-modifiers.js';
import { clockOnToldDay } from './refiners/clock-on-told-day.js';
import { anchorDayBeforeDate } from './refiners/day-before-date.js';
import { mergeDateTime } from './refiners/merge-date-time.js';
import { attachOvernightDay } from './refiners/overnight-day.js';
import { dropOutsideContent } from './refiners/outside-content.js';
import { removeOverlaps } from './refiners/remove-overlaps.js';
import { resolveAnaphora, resolveQuarterAnaphora } from './refiners/resolve-anaphora.js';
import { resolveDayAnaphora } from './refiners/resolve-day-anaphora.js';
import { resolveReportedQuarter } from './refiners/reported-quarter.js';
import { resolveWeekdaySpans } from './refiners/weekday-range.js';
import { referenceDay } from './normalize.js';
import { createTenseReader } from './tense.js';
import type { Candidate, DateParser, ParseContext } from './types.js';

/** Furniture whose words are no dates ("Today's Paper", menus); a stamp, byline or caption still dates its text. */
const DATELESS_FURNITURE = new Set<FurnitureKind>(['header-label', 'navigation', 'share-prompt', 'newsletter', 'page-code']);

/** In order of preference when two candidates of equal length overlap. */
const PARSERS: readonly DateParser[] = [
  clockTimeParser,
  namedTimeParser,
  midDayPartParser,
  twentyFourHourParser,
  numericDateParser,
  weekOfParser,
  weekOfMonthParser,
  weekdayWeekParser,
  monthDayParser,
  dayMonthParser,
  conjoinedDayParser,
  ordinalDayParser,
  dayOfParser,
  monthParser,
  seasonYearParser,
  seasonPartParser,
  holidayParser,
  agoThisPeriodParser,
  agoParser,
  fromDayParser,
  laterParser,
  shiftParser,
  relativeDayParser,
  overnightParser,
  thatDayParser,
  thisTimeLastYearParser,
  periodAfterNextParser,
  relativePeriodParser,
  quarterParser,
  yearEarlierParser,
  barePeriodParser,
  weekdayParser,
  everyParser,
  frequencyWordParser,
  halfDurationParser,
  durationRangeParser,
  durationParser,
  vagueDurationParser,
  unitLongParser,
  yearParser,
  yearRangeStartParser,
  yearRangeEndParser,
  spokenYearParser,
  referenceParser,
  soonParser,
];

function runParser(parser: DateParser, ctx: ParseContext, from: number, out: Candidate[]): void {
  const re = parser.pattern;
  re.lastIndex = from;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const parsed = parser.extract(m, ctx);
    if (!parsed) continue;
    const start = m.index + (parsed.span?.from ?? 0);
    const end = m.index + (parsed.span?.to ?? m[0].length);
    out.push({ start, end, type: parsed.type, value: parsed.value, rules: [parser.name], ...(parsed.shift ? { shift: parsed.shift } : {}), ...(parsed.tags ? { tags: parsed.tags } : {}) });
  }
}

export function extractDates(ctx: ExtractContext): DateFinding[] {
  const { doc } = ctx;
  const parseContext: ParseContext = {
    text: doc.text,
    reference: doc.reference,
    tenseAt: createTenseReader(doc.text, doc.sentences),
  };
  const candidates: Candidate[] = [];
  for (const parser of PARSERS) runParser(parser, parseContext, doc.contentStart, candidates);
  const inContent = dropOutsideContent(candidates, doc.contentStart, doc.furniture.filter((f) => DATELESS_FURNITURE.has(f.kind)));
  const merged = attachOvernightDay(mergeDateTime(removeOverlaps(attachOpenEnd(attachModifiers(removeOverlaps(inContent), doc.text), doc.text)), doc.text), doc.text);
  const anchored = resolveReportedQuarter(resolveDayAnaphora(anchorDayBeforeDate(resolveAnaphora(merged, doc.text), doc.text), doc.text), doc.text);
  const told = clockOnToldDay(resolveQuarterAnaphora(anchored, doc.text), doc.text, doc.reference, parseContext.tenseAt);
  const chosen = resolveWeekdaySpans(told, doc.text, referenceDay(doc.reference));
  return chosen.map(({ tags: _tags, ...c }) => ({ text: doc.text.slice(c.start, c.end), ...c }));
}
