import { describe, expect, it } from 'vitest';
import { compromise, type NlpView } from '../../src/extract/nlp.js';
import { tokenize } from '../../src/extract/tokenize.js';

interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string;
  alias?: string[];
  implicit?: string;
  tags: Set<string>;
}
/** Every term as the later steps read it (ids are left out: compromise makes them from a clock and a random digit). */
const termsOf = (view: NlpView): unknown[][] =>
  (view as unknown as { document: Term[][] }).document.map((terms) =>
    terms.map((t) => [t.text, t.pre, t.post, t.normal, t.machine, t.alias, t.implicit, [...t.tags].sort()]),
  );

describe("compromise's tokenizer at less cost", () => {
  it.each([
    'Police said a 24-year-old man was shot twice in the leg late Saturday.',
    "The minister's aides didn't say whether the talks would resume, but they're hopeful.",
    "There's no sign of the convoy, and we'll wait, the mayor's office said.",
    'Shops open 9-5pm, the road reopens at 3-4 and the queue runs 4km to the border.',
    "They're gonna ask, cannot wait and l'amour is French, the D'Souza family's lawyer said.",
    'Officials counted 1,200 ballots; 12.5% were spoiled and the vote ran 55-45.',
    'Nothing here needs splitting at all.',
  ])('gives the terms nlp.tokenize gives: %s', (text) => {
    const nlp = compromise();
    expect(termsOf(tokenize(nlp, text))).toEqual(termsOf(nlp.tokenize(text)));
  });

  it('splits the contractions compromise splits', () => {
    const words = (tokenize(compromise(), "We can't stay, there's a 5-7pm curfew.") as unknown as { document: Term[][] }).document
      .flat()
      .map((t) => t.implicit ?? t.normal);
    expect(words).toEqual(['we', 'can', 'not', 'stay', 'there', 'is', 'a', '5', 'to', '7pm', 'curfew']);
  });
});
