// "Chinese President Xi Jinping held talks with his U.S. counterpart Barack Obama": a counterpart
// holds the same office as the titled person the sentence pairs them with (rule 'counterpart-title').
import { tagRules } from '../provenance.js';
import type { Candidate } from './candidates.js';

interface Read {
  c: Candidate;
  reading: { type: string };
  rules: string[];
}

/** `read` is in text order; a counterpart with no title takes the nearest earlier titled person's in its sentence. */
export function counterpartTitles(read: Read[]): void {
  read.forEach((r, k) => {
    if (!r.c.counterpart || r.c.title !== null) return;
    const sentence = r.c.tokens[0].sentence;
    for (let j = k - 1; j >= 0 && read[j].c.tokens[0].sentence === sentence; j--) {
      const other = read[j];
      if (other.reading.type !== 'person' || other.c.title === null) continue;
      r.c.title = other.c.title.replace(/^(?:former|then|acting)\s+/i, '');
      tagRules(r, 'counterpart-title');
      return;
    }
  });
}
