// Calls: sentence by sentence, trigger words ("held a telephone conversation", "spoke with",
// "met") are resolved to their parties, date, medium, initiator and topics, then mentions of the
// same event are merged. "The call", "the two leaders" point back at the call last reported.
import type { Actor, Call } from '../../schema.js';
import type { TextSpan } from '../../document/types.js';
import type { ExtractContext } from '../context.js';
import { placeContentMentions, type PlacedMention } from '../mentions.js';
import { createTenseReader } from '../dates/tense.js';
import { attachDate, laterCallDay, leadCallDay, monthBeforeStory, pastWeekday, vaguelyTimed, whereClauseDate } from './call-date.js';
import { cameoOf } from './cameo.js';
import { continuationAfter } from './continuation.js';
import { clauseOpener } from './clause.js';
import { initiatorIn } from './initiator.js';
import { mediumOf } from './medium.js';
import { absorb, compatible, mergeInto, type CallEvent, type CallFacts } from './merge.js';
import { resolveMention, type CallMention } from './participants.js';
import { topicsIn } from './topics.js';
import { findTriggers } from './triggers.js';
import { unrealVeto } from './unreal.js';
import { adoptStandIns, isStandIn, UNNAMED_OFFICE_STATE } from './unnamed-states.js';

/** How many sentences on a "separate talks" list may follow the host's "talks with several leaders". */
const HOST_REACH = 2;
/** CAMEO codes that put the parties in one place: make a visit, host a visit, meet at a third place. */
const IN_PERSON_CAMEOS = new Set(['042', '043', '044']);
/** Openers of a clause that only times the sentence's main call: "A spoke with B after C called D". */
const TIME_CLAUSE_OPENERS = new Set(['after', 'before', 'following', 'since', 'when', 'while', 'as']);

const DATELINE_DASH_RE = /^\s*[-–—]*\s*/;

/** Where a sentence's own words begin: after the dateline, when the sentence opens with it. */
function bodyStart(text: string, start: number, dateline: TextSpan | null): number {
  if (!dateline || dateline.start < start || text.slice(start, dateline.start).trim() !== '') return start;
  return dateline.end + DATELINE_DASH_RE.exec(text.slice(dateline.end))![0].length;
}

export function extractCalls(ctx: ExtractContext): Call[] {
  const { doc } = ctx;
  const { text } = doc;
  const placed = placeContentMentions(doc, ctx.actors);
  // One named party may call an unnamed one ("his Iranian counterpart").
  if (placed.length === 0) return [];

  const events: CallEvent[] = [];
  let latest: CallEvent | null = null;
  /** The rule that made `latest` the call a later "the call" points at, when not simply the last one. */
  let latestBy: string[] = [];
  /** How many mentions have been recorded as calls of their own (not folded into a back reference). */
  let reports = 0;
  let host: { party: PlacedMention; sentence: number } | null = null;
  const tenseAt = createTenseReader(text, doc.sentences);

  /**
   * `only`: the event a back reference must land in; its facts are dropped when they do not fit it.
   * `joined`: the call more attendees joined, whose day this one keeps when its clause names none.
   */
  const record = (mention: CallMention, parties: Actor[], only: CallEvent | null, rules: string[], joined: CallEvent | null = null) => {
    const own = attachDate(text, mention, ctx.dates, doc.reference, doc.contentStart);
    const where = own ? null : whereClauseDate(text, mention, ctx.dates, doc.contentStart);
    const stated = own?.date ?? where ?? joined?.date ?? null;
    const previous: CallEvent | null = latest;
    const later = stated ? null : laterCallDay(text, mention, previous && (previous.date ?? previous.leadDay ?? null));
    const found = stated ?? later;
    const past = found && pastWeekday(found, doc.reference);
    const date = past ?? found;
    const { sentence, trigger } = mention;
    // "an earlier exchange" with the same parties was held the way the call it is set against was.
    const statedMedium = mediumOf(text, mention);
    // More people joining a call were on it the way it was held; so was the call a coordinated
    // "and on Tuesday with B" goes on from ("spoke by telephone on Monday with A", rule continued-call-medium).
    const heldAs = joined ?? (mention.earlier || mention.trigger.continues ? latest : null);
    let medium = statedMedium === 'unspecified' && heldAs ? heldAs.medium : statedMedium;
    const continuedMedium = !!mention.trigger.continues && medium !== statedMedium;
    const cameo = cameoOf(text.slice(mention.opener.start, sentence.end), medium, trigger.trigger.frame.cameo);
    // A visit, a host receiving a guest, a summit's sidelines: the parties were in one place.
    const inPerson = medium === 'unspecified' && IN_PERSON_CAMEOS.has(cameo.cameo);
    if (inPerson) medium = 'in-person';
    const facts: CallFacts = {
      participants: parties,
      medium,
      cameo: cameo.cameo,
      date,
      initiator: mention.caller?.actor ?? initiatorIn(text, placed, sentence.start, sentence.end, parties),
      topics: topicsIn(text, mention.opener.start, sentence.end, trigger.start, ctx.dates),
      evidence: { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) },
      earlier: mention.earlier,
      leadDay: found || vaguelyTimed(text, mention, ctx.dates) ? null : (joined?.leadDay ?? leadCallDay(doc, mention, ctx.dates, tenseAt)),
      rules: [
        trigger.trigger.frame.id,
        ...(trigger.admittedBy ? [trigger.admittedBy] : []),
        ...mention.roles,
        ...rules,
        ...(cameo.rule ? [cameo.rule] : []),
        ...(inPerson ? ['medium-in-person-cameo'] : []),
        ...(continuedMedium ? ['continued-call-medium'] : []),
        ...(own?.rule ? [own.rule] : []),
        ...(where ? ['date-of-where-clause'] : []),
        ...(past ? ['call-weekday-past'] : []),
        ...(later ? ['later-call-same-day'] : []),
      ],
    };
    if (!only) {
      latest = mergeInto(events, facts);
      latestBy = [];
      reports++;
    }
    else if (compatible(only, facts)) absorb(only, facts);
    // "The two leaders had met in X the day before": a verb that says how they met, another way than
    // the call it points back at, is a call of its own between the same parties (rule
    // back-reference-other-medium); "the talks", "the negotiations" name the same call again.
    else if (trigger.trigger.form === 'verb' && statedMedium !== 'unspecified' && only.medium !== 'unspecified' && facts.medium !== only.medium) {
      mergeInto(events, { ...facts, rules: [...facts.rules, 'back-reference-other-medium'] });
    }
  };

  doc.sentences.forEach((sentence, index) => {
    if (sentence.end <= doc.contentStart) return;
    let clauseEnd = -1;
    // "PARIS, Nov 22 (AFP) - In a call with Y, X ...": the sentence opens after its dateline.
    let floor = bodyStart(text, sentence.start, doc.datelineSpan);
    /** The call the sentence's main clause reports. */
    let main: CallEvent | null = null;
    let shared: PlacedMention[] = [];
    const matches = findTriggers(text, Math.max(sentence.start, doc.contentStart), sentence.end);
    for (let i = 0; i < matches.length; i++) {
      const match = matches[i];
      // "spoke with X to exchange views on ...": the second trigger restates the first.
      if (match.start < clauseEnd) continue;
      let mention = resolveMention(text, placed, doc.sentences, sentence, match, floor, shared);
      if (!mention.earlier && monthBeforeStory(text, mention, ctx.dates, doc.reference)) {
        mention = { ...mention, earlier: true, roles: [...mention.roles, 'call-month-before-story'] };
      }
      if (mention.subjects.length > 0) shared = mention.subjects;
      floor = Math.max(match.end, mention.end);
      // The veto reads the trigger's whole clause, even where an earlier trigger's object ran into it
      // ("In his call with Y, X pushed for talks between A and B").
      if (unrealVeto(text, sentence, clauseOpener(text, sentence, match.start).start, match)) continue;
      clauseEnd = mention.end;
      // "spoke with A on Monday and with B on Tuesday": the second phrase is read next, as a call of its own.
      const next = continuationAfter(text, mention);
      if (next && !(matches[i + 1]?.start <= next.start)) matches.splice(i + 1, 0, next);
      if (mention.openHost) {
        host = { party: mention.openHost, sentence: index };
        continue;
      }
      let groups = mention.groups;
      const rules: string[] = [];
      // "In separate calls with A and B, X ...": one subject of its own is the host; a list of guests is not.
      if (mention.separate && mention.subjects.length !== 1 && host && index - host.sentence <= HOST_REACH) {
        rules.push('host-of-separate-talks');
        const hostParty = host.party;
        groups = groups.flat().filter((p) => p.actor.id !== hostParty.actor.id).map((p) => [hostParty, p]);
      }
      const reported = reports;
      for (const group of groups) {
        // "The talks were attended by A and B": the call last reported, with more people at it.
        if (mention.attendees && latest) {
          const joined: CallEvent = latest;
          const more = group.map((p) => p.actor).filter((a) => !joined.participants.some((q) => q.id === a.id));
          const by = [...rules, ...latestBy, 'attendees-join-last-call'];
          if (more.length > 0) record(mention, [...joined.participants, ...more], null, by, joined);
        } else if (group.length >= 2) record(mention, group.map((p) => p.actor), null, rules);
        // "the call", "the two leaders": the same call again, unless it is an earlier one.
        else if (mention.backReference && latest) {
          record(mention, (latest as CallEvent).participants, mention.earlier ? null : latest, [...rules, ...latestBy, 'back-reference']);
        }
      }
      // "A spoke with B after the latter spoke with C": "the call" next is A's, the main clause's.
      if (reports === reported) continue;
      if (main && TIME_CLAUSE_OPENERS.has(mention.opener.word ?? '')) {
        latest = main;
        latestBy = ['last-call-main-clause'];
      } else main = latest;
    }
  });

  // Only a call no report of which gives a date takes the story's day from its lead.
  for (const event of events) {
    if (event.date || !event.leadDay) continue;
    event.date = event.leadDay;
    event.rules.push('lead-call-article-day');
  }

  // States that stand for unnamed office-holders join the actors once a call keeps them.
  for (const event of events) {
    if (!event.participants.some(isStandIn)) continue;
    event.participants = adoptStandIns(ctx.actors, event.participants);
    if (event.initiator) [event.initiator] = adoptStandIns(ctx.actors, [event.initiator]);
    event.rules.push(UNNAMED_OFFICE_STATE);
  }

  return events.map((e, i) => ({
    id: `C${i + 1}`,
    participants: e.participants.map((a) => a.id),
    medium: e.medium,
    cameo: e.cameo,
    date: e.date,
    initiator: e.initiator?.id ?? null,
    topics: e.topics,
    evidence: e.evidence,
    rules: e.rules,
  }));
}
