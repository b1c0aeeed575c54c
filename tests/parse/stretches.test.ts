import { describe, expect, it } from 'vitest';
import { compromise, type NlpView } from '../../src/extract/nlp.js';
import { parse } from '../../src/extract/parse.js';
import { taggedStretches } from '../../src/extract/stretches.js';

interface Term {
  text: string;
  tags: Set<string>;
}
const termsOf = (view: NlpView): Term[] => (view as unknown as { docs: Term[][] }).docs.flat();
const stretchTexts = (view: NlpView): string[] =>
  taggedStretches(view, 'pieces').map(([n, start, end]) => termsOf(view.update([[n, start, end]]) as NlpView).map((t) => t.text).join(' '));
/** Each capitalised word with its tags, sorted: what the actors read. */
const capitalisedTags = (view: NlpView): Array<[string, string[]]> =>
  termsOf(view).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => [t.text, [...t.tags].sort()]);

describe('the taggers on the stretches around capitalised words', () => {
  it('tag three words either side of each capitalised word, within its comma-separated piece', () => {
    const view = parse('The convoy, which had waited for two days at the border, crossed on Monday after the Red Cross gave its approval.');
    expect(stretchTexts(view)).toEqual(['crossed on Monday after the Red Cross gave its approval']);
  });

  it('leave the words of a piece far from any capital with their lexicon tags', () => {
    const tagsOf = (view: NlpView, word: string): string[] => [...(termsOf(view).find((t) => t.text === word)?.tags ?? [])].sort();
    const text = 'The convoy, which had waited for two days at the border, crossed on Monday.';
    expect(tagsOf(parse(text), 'convoy')).toEqual([]);
    expect(tagsOf(compromise()(text), 'convoy')).toEqual(['Noun', 'Singular']);
  });

  it('do not tag a piece whose only capital opens the sentence with a closed-class word', () => {
    const view = parse('They said the water had risen overnight, and that more rain was expected.');
    expect(stretchTexts(view)).toEqual([]);
  });

  it('tag a sentence that opens with a word that may be a name', () => {
    const view = parse('Mendez told reporters the bridge would stay shut.');
    expect(stretchTexts(view)).toEqual(['Mendez told reporters the']);
  });

  it('tag around a word whose capital is not in ASCII, and not around a word in lower case that is', () => {
    const view = parse('The delegation arrived late in the evening at Élysée gates, while ébéniste workers waited outside the hall.');
    expect(stretchTexts(view)).toEqual(['the evening at Élysée gates']);
  });

  it.each([
    'Foreign Minister Sergei Lavrov spoke by telephone on Tuesday with his Turkish counterpart, the ministry said.',
    'Chancellor Olaf Scholz met Prime Minister Fumio Kishida in Tokyo on Friday, a spokesman for the chancellery said.',
    'Police in Lagos said gunmen killed three people, including a local official, near the village of Ikorodu.',
  ])('tags capitalised words as the full tagger does: %s', (text) => {
    expect(capitalisedTags(parse(text))).toEqual(capitalisedTags(compromise()(text)));
  });
});
