// "10:35 a.m.", "5 p.m. EST Nov. 9", "noon Saturday", "midnight": a clock time on the reference day
// or on the day named right after it.
import { MONTH_PATTERN, WEEKDAY_PATTERN, isValidDay, monthNumber, pad2, timexValue, weekdayNumber } from '../../../document/calendar.js';
import { DAY_PARTS } from '../../../lexicon/day-parts.js';
import { relativePeriod, weekdayDate, yearForMonthDay } from '../normalize.js';
import { pattern } from '../patterns.js';
import type { DateParser, ParseContext } from '../types.js';

const DAY_AFTER = `(?:,?\\s+(?<day>today|yesterday|tomorrow|${WEEKDAY_PATTERN}|(?<month>${MONTH_PATTERN})\\.?\\s+(?<date>\\d{1,2})\\b))?`;
/** A zone after the clock time is part of it: "5 p.m. EST", "9:30 a.m. ET" (US copy's short form), "3 p.m. GMT". */
const ZONE = '(?:\\s+(?:[ECMP][SD]?T|GMT|UTC)\\b)?';
/** Wire copy puts the time in another zone between a clock time and its day: "10:35 a.m. (0735 GMT) Friday". */
const ASIDE_BEFORE_DAY = `(?<aside>\\s+\\([^()\\n]{1,24}\\)(?=,?\\s+(?:today|yesterday|tomorrow|${WEEKDAY_PATTERN})\\b))?`;

function dayOf(m: RegExpExecArray, ctx: ParseContext): string | null {
  const g = m.groups!;
  if (!g.day) return relativePeriod(ctx.reference, 'D', 0);
  const word = g.day.toLowerCase();
  if (word === 'today' || word === 'yesterday' || word === 'tomorrow') {
    return relativePeriod(ctx.reference, 'D', { today: 0, yesterday: -1, tomorrow: 1 }[word]!);
  }
  if (g.month) {
    const month = monthNumber(g.month)!;
    const day = Number(g.date);
    const year = yearForMonthDay(ctx.reference, month, day, ctx.tenseAt(m.index));
    return isValidDay(year, month, day) ? timexValue(year, month, day) : null;
  }
  const tense = ctx.tenseAt(m.index);
  return weekdayDate(ctx.reference, weekdayNumber(word)!, tense === 'past' ? -1 : tense === 'future' ? 1 : 0);
}

/** "in the morning", "at night" after an hour: part of the time, and what says a.m. or p.m. when nothing else does. */
const PART_OF_DAY = `\\s+(?:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)\\b`;
/**
 * A bare hour ("4 in the morning") is a time only after a word that introduces one, which an approximation may follow
 * ("at roughly 2 in the afternoon"); hours and minutes ("2:30 in the afternoon") are a time anyway.
 */
const CLOCK_INTRO_BEFORE = /\b(?:at|by|around|about|until|till|from|before|after|since|to)\s+(?:(?:roughly|about|around|approximately|just|shortly)\s+(?:(?:before|after)\s+)?)?$/i;

/**
 * The hour on a 24-hour clock from "a.m."/"p.m." or the part of the day written after it ("3 o'clock in the
 * afternoon" is 15:00), or null for no clock hour; with neither ("3 o'clock") the hour stays as written.
 */
function clockHour(hourText: string, half: string | undefined, part: string | undefined): number | null {
  let hour = Number(hourText);
  if (hour < 1 || hour > 12) return null;
  const meridiem = half && !/o'clock/i.test(half) ? half.toLowerCase()[0] : part ? dayHalf(part, hour) : null;
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  return hour;
}

/** "in the afternoon", "in the evening" and "at night" from six on are p.m.; the rest a.m. */
function dayHalf(part: string, hour: number): 'a' | 'p' {
  return /afternoon|evening/i.test(part) || (/night/i.test(part) && hour >= 6 && hour < 12) ? 'p' : 'a';
}

export const clockTimeParser: DateParser = {
  name: 'clock-time',
  pattern: pattern(
    `\\b(?:(?:around|approximately|shortly\\s+(?:before|after))\\s+)?(?<hour>\\d{1,2})(?::(?<minute>[0-5]\\d))?` +
      `(?:\\s*(?<half>a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|o'clock)(?<part>${PART_OF_DAY})?|(?<bare>${PART_OF_DAY}))${ZONE}${ASIDE_BEFORE_DAY}${DAY_AFTER}`,
    'gid',
  ),
  extract(m, ctx) {
    const g = m.groups!;
    if (g.bare && !g.minute && !CLOCK_INTRO_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return null;
    const hour = clockHour(g.hour, g.half, g.part ?? g.bare);
    if (hour === null) return null;
    const day = dayOf(m, ctx);
    if (day === null) return null;
    // A sentence-final "a.m." lends its full stop to the sentence.
    // "10:35 a.m. (0735 GMT) Friday": the day dates the time but stays outside its extent, as the aside does.
    if (g.aside) return { type: 'TIME', value: `${day}T${pad2(hour)}:${g.minute ?? '00'}`, span: { from: 0, to: m.indices!.groups!.aside[0] - m.index } };
    const end = m[0].endsWith('.') && !g.day && /^\s+[A-Z]|^$/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2)) ? m[0].length - 1 : m[0].length;
    return { type: 'TIME', value: `${day}T${pad2(hour)}:${g.minute ?? '00'}`, span: { from: 0, to: end } };
  },
};

export const namedTimeParser: DateParser = {
  name: 'named-time',
  pattern: pattern(`\\b(?<name>noon|midnight|midday)${DAY_AFTER}`),
  extract(m, ctx) {
    const day = dayOf(m, ctx);
    if (day === null) return null;
    const name = m.groups!.name.toLowerCase();
    return { type: 'TIME', value: `${day}T${name === 'midnight' ? '24:00' : '12:00'}` };
  },
};

/** "mid-afternoon", "midmorning Saturday", "mid afternoon yesterday": the middle of a part of the day. */
export const midDayPartParser: DateParser = {
  name: 'mid-day-part',
  pattern: pattern(`\\bmid[- ]?(?<part>morning|afternoon|evening)\\b${DAY_AFTER}`),
  extract(m, ctx) {
    const day = dayOf(m, ctx);
    return day === null ? null : { type: 'TIME', value: `${day}T${DAY_PARTS[m.groups!.part.toLowerCase()]}` };
  },
};

/** Zones that mark a bare "23:17" or "04.53" as a clock time rather than a score or a ratio. */
const ZONE_WORD = '(?:GMT|UTC(?:[+-]\\d{1,2})?|[ECMP][SD]T|JST|IST|CET|CEST|MSK|BST|local\\s+time)';

/**
 * Wire copy's military form has no separator and only a world zone: "0600 GMT". Not the aside "(0735 GMT)" after a
 * time, nor a year before an initialism ("a 2012 UTC graduate").
 */
const COMPACT_ZONE = /^\s*(?:GMT|UTC)\b/;
const DETERMINER_BEFORE = /\b(?:a|an|the|his|her|their|its)\s+$/i;

export const twentyFourHourParser: DateParser = {
  name: '24-hour-time',
  pattern: pattern(`(?<![\\d.:])(?<hour>[01]?\\d|2[0-3])(?<separator>[:.]?)(?<minute>[0-5]\\d)(?![\\d.:])\\s*(?:hrs\\s+)?${ZONE_WORD}\\b${DAY_AFTER}`),
  extract(m, ctx) {
    const g = m.groups!;
    const compactAllowed =
      g.hour.length === 2 &&
      COMPACT_ZONE.test(m[0].slice(4)) &&
      ctx.text[m.index - 1] !== '(' &&
      !DETERMINER_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 8), m.index));
    if (!g.separator && !compactAllowed) return null;
    const day = dayOf(m, ctx);
    return day === null ? null : { type: 'TIME', value: `${day}T${g.hour.padStart(2, '0')}:${g.minute}` };
  },
};
