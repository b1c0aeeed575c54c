import { describe, expect, it } from 'vitest';
import { GoldError, parseGold, readGold } from '../../src/eval/gold.js';

const line = (doc: object) => JSON.stringify(doc);
const talks = { id: 'd1', dct: '2021-04-09', text: 'Envoys met on Friday.', annotates: ['timexes'], timexes: [{ start: 14, end: 20, text: 'Friday', type: 'DATE', value: '2021-04-09' }] };

describe('parseGold', () => {
  it('reads one document a line and skips blank lines', () => {
    const docs = parseGold(`${line(talks)}\n\n${line({ ...talks, id: 'd2' })}\n`, 'g.jsonl');
    expect(docs.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(docs[0].timexes?.[0].value).toBe('2021-04-09');
  });

  it.each([
    ['{"id": "d1",', 'g.jsonl:2: not valid JSON'],
    [line({ ...talks, text: 42 }), 'g.jsonl:2: text: '],
    [line({ ...talks, timexes: [{ ...talks.timexes[0], type: 'DAY' }] }), 'g.jsonl:2: timexes[0].type: '],
    [line({ ...talks, timexes: [{ ...talks.timexes[0], start: 13 }] }), 'g.jsonl:2: timexes[0]: offsets 13-20 do not give its text "Friday"'],
    [line({ ...talks, annotates: ['timexes', 'calls'] }), 'g.jsonl:2: annotates calls but has no "calls" field'],
    [line({ ...talks, annotates: ['moods'] }), 'g.jsonl:2: unknown annotation "moods"'],
  ])('rejects %s with a message naming the file and line', (bad, message) => {
    expect(() => parseGold(`${line(talks)}\n${bad}`, 'g.jsonl')).toThrow(GoldError);
    expect(() => parseGold(`${line(talks)}\n${bad}`, 'g.jsonl')).toThrow(message);
  });

  it('keeps only the annotations the document declares', () => {
    const [doc] = parseGold(line({ ...talks, calls: [{ participants: ['Envoy'], date: null }] }), 'g.jsonl');
    expect(doc.calls).toBeUndefined();
    expect(doc.timexes).toHaveLength(1);
  });

  it('moves gold offsets to the text the extractor reads (CRLF to LF)', () => {
    const text = 'Headline\r\nEnvoys met on Friday.';
    const [doc] = parseGold(line({ ...talks, text, timexes: [{ ...talks.timexes[0], start: 24, end: 30 }] }), 'g.jsonl');
    expect(doc.text).toBe('Headline\nEnvoys met on Friday.');
    expect(doc.text.slice(doc.timexes![0].start, doc.timexes![0].end)).toBe('Friday');
  });

  it('rejects a file with no documents', () => {
    expect(() => parseGold('\n\n', 'empty.jsonl')).toThrow('empty.jsonl: no gold documents');
  });
});

describe('readGold', () => {
  it('names the file it cannot read', () => {
    expect(() => readGold('/no/such/gold.jsonl')).toThrow('/no/such/gold.jsonl: cannot read it (no such file)');
  });
});
