import { createRequire } from 'node:module';
import nlp from 'compromise';
import { describe, expect, it, vi } from 'vitest';
import { compromise } from '../../src/extract/nlp.js';
import { fasterBulkMatch, type BulkMatch, type SweepNet } from '../../src/extract/sweep.js';

type Lexicon = Record<string, unknown>;
const lexiconOf = (n: typeof nlp): Lexicon => (n.world() as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;
const bulkMatchOf = (n: typeof nlp): BulkMatch => (n.methods() as unknown as { one: { bulkMatch: BulkMatch } }).one.bulkMatch;

const SENTENCES = [
  'Foreign Minister Sergei Lavrov spoke by telephone on Tuesday with his Turkish counterpart, the ministry said.',
  'Police said a 24-year-old man was shot twice in the leg late Saturday and taken to a hospital in stable condition.',
  'The talks, which had been expected to last two days, ended early after the delegations failed to agree.',
  "He didn't say whether the United Nations would send observers, but officials were hopeful.",
];

describe('the private compromise', () => {
  it('knows the project words, which the shared compromise does not', () => {
    const ours = compromise();
    expect(lexiconOf(ours)['manama']).toBe('City');
    expect(lexiconOf(nlp)['manama']).toBe(undefined);
    expect(lexiconOf(createRequire(import.meta.url)('compromise') as typeof nlp)['manama']).toBe(undefined);
  });

  it("reads compromise's debug switches once, when it is built, not on every tag it sets", () => {
    const ours = compromise();
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    process.env.DEBUG_TAGS = 'true';
    try {
      expect(ours('The minister spoke to Anna Weller on Friday.').has('#Person')).toBe(true);
      expect(log).not.toHaveBeenCalled();
    } finally {
      delete process.env.DEBUG_TAGS;
      log.mockRestore();
    }
  });

  it('leaves the shared compromise its own pattern sweep', () => {
    const before = bulkMatchOf(nlp);
    const ours = bulkMatchOf(compromise());
    expect(bulkMatchOf(nlp)).toBe(before);
    expect(bulkMatchOf(createRequire(import.meta.url)('compromise') as typeof nlp).toString()).not.toBe(ours.toString());
  });
});

/** A fresh compromise whose post-tagger hands each sweep's input to `seen` before sweeping it with compromise's own code. */
function recordingCompromise(seen: Array<Parameters<BulkMatch>>): { nlp: typeof nlp; original: BulkMatch } {
  const require = createRequire(import.meta.url);
  const file = require.resolve('compromise');
  delete require.cache[file];
  const fresh = require(file) as typeof nlp;
  delete require.cache[file];
  const methods = fresh.methods() as unknown as { one: { bulkMatch: BulkMatch } };
  const original = methods.one.bulkMatch;
  methods.one.bulkMatch = (...args) => (seen.push(args), original(...args));
  return { nlp: fresh, original };
}

describe('fasterBulkMatch', () => {
  const seen: Array<Parameters<BulkMatch>> = [];
  const { nlp: recording, original } = recordingCompromise(seen);
  const faster = fasterBulkMatch(original);
  const summary = (found: unknown[]): string[] =>
    (found as Array<{ match: string; pointer: number[] }>).map((m) => `${m.match} @ ${m.pointer.join(',')}`);
  const sweepOf = (text: string): Parameters<BulkMatch> => {
    seen.length = 0;
    recording(text);
    return seen[0];
  };

  it.each(SENTENCES)('finds what compromise finds, in its order: %s', (text) => {
    const [document, net, methods] = sweepOf(text);
    const expected = summary(original(document, net, methods));
    expect(expected.length).toBeGreaterThan(0);
    expect(summary(faster(document, net, methods))).toEqual(expected);
  });

  it('finds the same once its patterns are filed by the cues the text holds (after 256 pieces)', () => {
    const sweeps = SENTENCES.map(sweepOf);
    // A net of its own, so this index starts counting here.
    const [, net] = sweeps[0];
    const own: SweepNet = { hooks: { ...net.hooks }, always: net.always };
    const ownFaster = fasterBulkMatch(original);
    for (let round = 0; round < 3; round++) {
      for (const [document, , methods] of sweeps) {
        expect(summary(ownFaster(document, own, methods))).toEqual(summary(original(document, own, methods)));
      }
      for (let i = 0; i < 300; i++) ownFaster(sweeps[i % sweeps.length][0], own, sweeps[0][2]);
    }
  });

  it('stops at the first match when asked', () => {
    const [document, net, methods] = sweepOf(SENTENCES[1]);
    expect(summary(faster(document, net, methods, { matchOne: true }))).toEqual(summary(original(document, net, methods, { matchOne: true })));
  });

  it('leaves a net whose patterns share a match string to compromise', () => {
    const [document, , methods] = sweepOf('the cat sat');
    const pattern = { match: 'the [#Noun]', needs: ['the'], wants: [], minWant: 0, minWords: 2 };
    const shared: SweepNet = { hooks: { the: [pattern], '#Noun': [{ ...pattern, needs: ['#Noun'] }] }, always: [] };
    const given: unknown[] = [];
    fasterBulkMatch((...args) => (given.push(args[1]), []))(document, shared, methods);
    expect(given).toEqual([shared]);
  });
});
