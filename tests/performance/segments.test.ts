// A document several segments long is read segment by segment: offsets still index the whole
// text, and an actor named in two segments is one actor.
import { describe, expect, it } from 'vitest';
import { extract, readDocument } from '../../src/index.js';
import { SEGMENT_CHARS, segmentSpans } from '../../src/extract/segments.js';
import { DocumentRecord } from '../../src/schema.js';

const REF_DATE = '2026-03-10';

const OPENING =
  'HALDEN, March 9 (Wire) - Harbour commissioner Vesna Talbot said on Monday that 14 people were killed ' +
  'when a fuel barge caught fire near the northern quay.';
const CLOSING =
  'Talbot said the inquiry would report by April 2. The Norwegian Coast Guard said at least 30 people were injured.';

/** Filler paragraphs in wire style, with no names, so the actors come from the opening and closing. */
function filler(paragraphs: number): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    out.push(
      `Crews worked through the night on the ${i % 2 ? 'eastern' : 'western'} pier, where water was pumped ` +
        `from ${i + 3} flooded storage sheds. Officials said the cargo records were still being checked and ` +
        'that the harbour would stay closed to small boats until the clean-up was finished.',
    );
  }
  return out.join('\n\n');
}

const LONG = [OPENING, filler(900), CLOSING].join('\n\n');

describe('long documents are read in segments', () => {
  const doc = readDocument(LONG, { refDate: REF_DATE });
  const spans = segmentSpans(doc);
  const record = extract(LONG, { refDate: REF_DATE });

  it('cuts the text into consecutive segments of at most SEGMENT_CHARS, at paragraph ends', () => {
    expect(LONG.length).toBeGreaterThan(2 * SEGMENT_CHARS);
    expect(spans.length).toBeGreaterThanOrEqual(3);
    expect(spans[0].start).toBe(0);
    expect(spans.at(-1)!.end).toBe(LONG.length);
    spans.forEach((span, i) => {
      expect(span.end - span.start).toBeLessThanOrEqual(SEGMENT_CHARS);
      if (i > 0) expect(span.start).toBe(spans[i - 1].end);
      if (i < spans.length - 1) expect(LONG[span.end]).toBe('\n');
    });
  });

  it('gives a valid record whose offsets slice to the mention text', () => {
    expect(DocumentRecord.safeParse(record).success).toBe(true);
    for (const actor of record.actors) for (const m of actor.mentions) expect(LONG.slice(m.start, m.end)).toBe(m.text);
    for (const d of record.dates) expect(LONG.slice(d.start, d.end)).toBe(d.text);
    for (const c of record.casualties) expect(LONG.slice(c.start, c.end)).toBe(c.text);
    expect(record.warnings.map((w) => w.code)).toContain('segmented');
  });

  it('finds facts in the last segment at their place in the whole text', () => {
    const closingAt = LONG.indexOf(CLOSING);
    expect(record.dates.find((d) => d.text === 'April 2')?.start).toBeGreaterThan(closingAt);
    expect(record.casualties.find((c) => c.kind === 'injured')).toMatchObject({ count: 30, qualifier: 'at-least' });
    expect(record.casualties.find((c) => c.kind === 'killed')).toMatchObject({ count: 14 });
  });

  it('merges an actor named in the first and the last segment into one, with renumbered ids', () => {
    const talbots = record.actors.filter((a) => a.type === 'person' && a.name.endsWith('Talbot'));
    expect(talbots).toHaveLength(1);
    const [talbot] = talbots;
    expect(talbot.name).toBe('Vesna Talbot');
    expect(talbot.mentions.map((m) => m.text)).toEqual(['Vesna Talbot', 'Talbot']);
    expect(talbot.mentions[1].start).toBeGreaterThan(spans.at(-1)!.start);
    expect(record.actors.map((a) => a.id)).toEqual(record.actors.map((_, i) => `A${i + 1}`));
    const ids = new Set(record.actors.map((a) => a.id));
    for (const c of record.casualties) if (c.actor) expect(ids.has(c.actor)).toBe(true);
    for (const a of record.appeals) expect(ids.has(a.actor)).toBe(true);
  });

  it('reads a document shorter than a segment in one piece', () => {
    const short = `${OPENING}\n\n${CLOSING}`;
    expect(segmentSpans(readDocument(short))).toEqual([{ start: 0, end: short.length }]);
    expect(extract(short, { refDate: REF_DATE }).warnings.map((w) => w.code)).not.toContain('segmented');
  });

  it('cuts a single line longer than a segment at whitespace', () => {
    const line = 'Officials said the harbour stayed closed '.repeat(4000);
    const lineSpans = segmentSpans(readDocument(line));
    expect(lineSpans.length).toBeGreaterThan(2);
    for (const span of lineSpans.slice(0, -1)) expect(line[span.end]).toMatch(/\s/);
  });

  it('cuts text without any break between characters, never inside a surrogate pair', () => {
    // The odd first character puts every segment limit between the halves of a pair.
    const emoji = `x${'\u{1F30A}'.repeat(SEGMENT_CHARS)}`;
    const emojiSpans = segmentSpans(readDocument(emoji));
    expect(emojiSpans.at(-1)!.end).toBe(emoji.length);
    for (const span of emojiSpans) expect(span.end - span.start).toBeLessThanOrEqual(SEGMENT_CHARS);
    for (const span of emojiSpans.slice(1)) expect(emoji.codePointAt(span.start)).toBe(0x1f30a);
  });
});
