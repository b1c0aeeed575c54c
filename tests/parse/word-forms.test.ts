import { describe, expect, it } from 'vitest';
import { compromise, type NlpView } from '../../src/extract/nlp.js';
import { tokenize } from '../../src/extract/tokenize.js';

interface Term {
  text: string;
  tags: Set<string>;
  alias?: string[];
}
const documentOf = (view: NlpView): Term[][] => (view as unknown as { document: Term[][] }).document;
/** Every term with its properties in the order they were made (ids left out: compromise makes them from a clock). */
const termsOf = (view: NlpView): unknown[][] =>
  documentOf(view).map((terms) => terms.map((t) => Object.entries(t).map(([name, value]) => [name, value instanceof Set ? [...value] : value])));

describe('each distinct word worked out once', () => {
  const text = 'The mayor said the road, the bridge and the ferry at Port-au-Prince were shut; "The road reopens Monday," the mayor said. Reporters and/or editors, 1,200 of them...';

  it('gives the terms nlp.tokenize gives, the first time a word is met and after', () => {
    const nlp = compromise();
    expect(termsOf(tokenize(nlp, text))).toEqual(termsOf(nlp.tokenize(text)));
    expect(termsOf(tokenize(nlp, text))).toEqual(termsOf(nlp.tokenize(text)));
  });

  it('gives every term objects of its own', () => {
    const terms = documentOf(tokenize(compromise(), 'and/or the mayor, and/or the mayor')).flat();
    expect(terms.map((t) => t.text)).toEqual(['and/or', 'the', 'mayor', 'and/or', 'the', 'mayor']);
    expect(terms[0]).not.toBe(terms[3]);
    expect(terms[0].tags).not.toBe(terms[3].tags);
    expect(terms[0].alias).toEqual(['and', 'or']);
    expect(terms[0].alias).not.toBe(terms[3].alias);
  });
});
