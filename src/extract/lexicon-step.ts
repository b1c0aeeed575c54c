// compromise's `freeze` and `lexicon` steps with the same tags at less cost. Both look, at every
// word that starts some multi-word lexicon entry ("the", "new", "united"), for the phrases it
// starts: compromise slices and joins the words anew for each length tried, here each phrase's key
// is made once. And a lone unknown word's lexicon tags (the tag, its parents, what they rule out)
// are worked out once per lexicon tag and copied, instead of by compromise's `setTag` each time.
interface Term {
  machine?: string;
  normal: string;
  tags: Set<string>;
  frozen?: boolean;
}
type SetTag = (terms: Term[], tag: unknown, world: LexiconWorld, isSafe: boolean, reason: string) => void;
interface StepView {
  docs: Term[][];
  world: LexiconWorld;
}
type Step = (view: StepView) => void;
export interface LexiconWorld {
  model: { one: { lexicon: Record<string, unknown>; frozenLex: Record<string, unknown>; _multiCache?: Record<string, number> } };
  methods: { one: { setTag: SetTag } };
  compute: Record<string, Step>;
}

const hasOwn = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);
/** The form compromise looks a word up by. */
const keyOf = (term: Term): string => term.machine || term.normal;

/**
 * The phrases compromise tries at `terms[i]`, longest first, as [last word's index, key]: for each
 * length up to the longest multi-word entry that starts with this word, cut at the sentence's end
 * as its slice is (so, past the end, the whole rest is tried more than once, as it does). None
 * where the word starts no entry or ends its sentence.
 */
function phrasesAt(terms: Term[], i: number, multi: Record<string, number>): Array<[number, string]> {
  const longest = multi[keyOf(terms[i])];
  if (longest === undefined || terms[i + 1] === undefined) return [];
  const keys = [keyOf(terms[i])];
  const last = Math.min(i + longest - 1, terms.length - 1);
  for (let j = i + 1; j <= last; j++) keys.push(`${keys[keys.length - 1]} ${keyOf(terms[j])}`);
  const phrases: Array<[number, string]> = [];
  for (let end = i + longest - 1; end > i; end--) {
    const at = Math.min(end, terms.length - 1);
    phrases.push([at, keys[at - i]]);
  }
  return phrases;
}

/**
 * The words and phrases a frozen lexicon's multi-word entry starts with ("prime" and "new kids on
 * the" among them): a phrase starting with any other word cannot be one of its entries. The
 * frozen lexicon is a few dozen entries, fixed once compromise is built.
 */
const frozenStarts = new WeakMap<object, Set<string>>();
function startsOfFrozen(frozenLex: Record<string, unknown>): Set<string> {
  let starts = frozenStarts.get(frozenLex);
  if (starts === undefined) {
    starts = new Set(Object.keys(frozenLex).flatMap((key) => [...key.matchAll(/ /g)].map((space) => key.slice(0, space.index))));
    frozenStarts.set(frozenLex, starts);
  }
  return starts;
}

/** compromise's `freeze`: the frozen lexicon's phrases and words tagged and frozen. */
function freeze(view: StepView): void {
  const { world } = view;
  const { frozenLex, _multiCache: multi = {} } = world.model.one;
  const setTag = world.methods.one.setTag;
  const starts = startsOfFrozen(frozenLex);
  for (const terms of view.docs) {
    for (let i = 0; i < terms.length; i++) {
      const word = keyOf(terms[i]);
      for (const [at, key] of starts.has(word) ? phrasesAt(terms, i, multi) : []) {
        if (!hasOwn(frozenLex, key)) continue;
        const words = terms.slice(i, at + 1);
        setTag(words, frozenLex[key], world, false, '1-frozen-multi-lexicon');
        for (const term of words) term.frozen = true;
      }
      if (frozenLex[word] !== undefined && hasOwn(frozenLex, word)) {
        setTag([terms[i]], frozenLex[word], world, false, '1-freeze-lexicon');
        terms[i].frozen = true;
      }
    }
  }
}

/** What `setTag` does to a lone untagged, unfrozen word: its tags in order, and the properties it sets. */
interface Tagging {
  tags: string[];
  properties: Array<[string, unknown]>;
}

/** compromise's `lexicon` step (`original`): untagged words tagged from the lexicon, a multi-word entry first. */
function lexicon(original: Step): Step {
  const taggings = new Map<unknown, Tagging>();
  const tagAlone = (term: Term, tag: unknown, world: LexiconWorld): void => {
    const setTag = world.methods.one.setTag;
    if (term.frozen === true) return setTag([term], tag, world, false, '1-lexicon');
    let tagging = taggings.get(tag);
    if (tagging === undefined) {
      const blank = { tags: new Set<string>() } as Term;
      setTag([blank], tag, world, false, '1-lexicon');
      tagging = { tags: [...blank.tags], properties: Object.entries(blank).filter(([name]) => name !== 'tags') };
      taggings.set(tag, tagging);
    }
    for (const name of tagging.tags) term.tags.add(name);
    for (const [name, value] of tagging.properties) (term as unknown as Record<string, unknown>)[name] = value;
  };
  return (view) => {
    const { world } = view;
    const { lexicon: words, _multiCache: multi = {} } = world.model.one;
    const setTag = world.methods.one.setTag;
    for (const terms of view.docs) {
      for (let i = 0; i < terms.length; i++) {
        if (terms[i].tags.size !== 0) continue;
        const entry = phrasesAt(terms, i, multi).find(([, key]) => hasOwn(words, key));
        if (entry !== undefined) {
          const [at, key] = entry;
          const phrase = terms.slice(i, at + 1);
          const tag = words[key];
          setTag(phrase, tag, world, false, '1-multi-lexicon');
          // As compromise: a phrasal verb's second word is its particle.
          if (Array.isArray(tag) && tag.length === 2 && (tag[0] === 'PhrasalVerb' || tag[1] === 'PhrasalVerb')) setTag([phrase[1]], 'Particle', world, false, '1-phrasal-particle');
          continue;
        }
        const word = keyOf(terms[i]);
        if (words[word] !== undefined && hasOwn(words, word)) tagAlone(terms[i], words[word], world);
        // Aliases and prefixes: compromise's own step on the word alone, where no phrase can start.
        else original({ docs: [[terms[i]]], world });
      }
    }
  };
}

/** Puts the steps above in place of compromise's own, in the `world` of a private compromise. */
export function fasterLexiconSteps(world: LexiconWorld): void {
  world.compute.freeze = freeze;
  world.compute.lexicon = lexicon(world.compute.lexicon);
}
