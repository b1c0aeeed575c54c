// What a group of victims included: "Those killed included five children", "The wounded included two
// police officers and a nurse", "They included three women" (the group told in the sentence before).
import type { CasualtyKind } from '../../../schema.js';
import { peopleListAt } from '../list-items.js';
import type { Finding, SentencePattern } from '../types.js';

const INCLUDED_RE =
  /\b(?:([Tt]hose\s+(?:killed|dead|who\s+died|injured|wounded|hurt|missing)|[Tt]he\s+(?:dead|deceased|victims|injured|wounded|missing|casualties))\s+(?:included|include|were|are)|([Tt]hey|[Tt]hese)\s+(?:included|include))\s+/g;

const SUBJECT_KINDS: ReadonlyArray<[RegExp, CasualtyKind]> = [
  [/injured|wounded|hurt/i, 'injured'],
  [/missing/i, 'missing'],
  [/killed|dead|died|deceased|victims|casualties/i, 'killed'],
];

function kindOf(subject: string): CasualtyKind {
  return SUBJECT_KINDS.find(([re]) => re.test(subject))?.[1] ?? 'killed';
}

export const includedList: SentencePattern = {
  name: 'included-list',
  extract(sentence, found, earlier) {
    const { text, start: base } = sentence;
    const listed: Finding[] = [];
    INCLUDED_RE.lastIndex = 0;
    for (let m = INCLUDED_RE.exec(text); m; m = INCLUDED_RE.exec(text)) {
      // "They included ...": the group is the last figure told before, if it was a count
      const group = m[1] ? null : ([...found, ...earlier].filter((f) => f.start < base + m!.index && f.quantity.count !== 1).at(-1) ?? null);
      if (!m[1] && !group) continue;
      const kind = m[1] ? kindOf(m[1]) : group!.kind;
      for (const item of peopleListAt(text, m.index + m[0].length)) {
        if (group?.quantity.count != null && item.count >= group.quantity.count) continue;
        listed.push({
          kind,
          quantity: { count: item.count, min: null, max: null, qualifier: 'exact' },
          victims: sentence.raw.slice(item.start, item.end),
          start: base + item.start,
          end: base + item.end,
        });
      }
    }
    return listed;
  },
};
