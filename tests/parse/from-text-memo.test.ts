import { describe, expect, it } from 'vitest';
import { parse } from '../../src/extract/parse.js';

interface Term {
  implicit?: string;
  tags: Set<string>;
}
/** The words the contraction steps put in, with their tags. */
const unwritten = (text: string): string[] =>
  (parse(text) as unknown as { docs: Term[][] }).docs.flat().filter((t) => t.implicit).map((t) => `${t.implicit} ${[...t.tags].sort().join(',')}`);

describe('contractions split from parses of their words kept once made', () => {
  const text = "Officials said they won't comment, and the mayor said it's too early.";

  it('split and tag a contraction the same way the first time and after', () => {
    const expected = ['will Modal,Verb', 'not Negative', 'it Noun,Pronoun', 'is Copula,PresentTense,Verb'];
    expect(unwritten(text)).toEqual(expected);
    expect(unwritten(text)).toEqual(expected);
  });

  it('give each document words of its own, which its tagger may change', () => {
    const first = parse("The council won't meet.") as unknown as { docs: Term[][] };
    const will = first.docs.flat().find((t) => t.implicit === 'will') as Term;
    will.tags.add('Changed');
    expect(unwritten("The council won't meet.")).toEqual(['will Modal,Verb', 'not Negative']);
  });
});
