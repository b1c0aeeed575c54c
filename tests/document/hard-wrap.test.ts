// Rule hard-wrap: wire copy wrapped at a fixed width is read as paragraphs of whole sentences,
// not line by line; ordinary text keeps one paragraph a line.
import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../src/document/sentences.js';

const pieces = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

const WRAPPED = [
  'OSLO June 3 Norwegian Foreign Minister Anna',
  'Roth held talks with her Brazilian counterpart Carlos Mendes',
  'on Tuesday about fishing quotas in the South Atlantic, the',
  'ministry said.',
  'The two ministers also agreed to meet again in the autumn',
  'before the annual fisheries conference in Lisbon.',
].join('\n');

describe('hard-wrap', () => {
  it('joins the lines of a hard-wrapped story into its sentences', () => {
    const paragraphs = splitParagraphs(WRAPPED, 0);
    expect(pieces(WRAPPED, splitSentences(WRAPPED, paragraphs)).map((s) => s.replace(/\n/g, ' '))).toEqual([
      'OSLO June 3 Norwegian Foreign Minister Anna Roth held talks with her Brazilian counterpart Carlos Mendes on Tuesday about fishing quotas in the South Atlantic, the ministry said.',
      'The two ministers also agreed to meet again in the autumn before the annual fisheries conference in Lisbon.',
    ]);
  });
  it('does not join across a blank line', () => {
    const text = `${WRAPPED.replace('ministry said.', 'ministry said')}\n\nA separate paragraph follows here.`;
    expect(pieces(text, splitParagraphs(text, 0)).at(-1)).toEqual('A separate paragraph follows here.');
  });
  it('keeps one paragraph a line in text that is not wrapped', () => {
    const text = [
      'Roth held talks with Mendes on Tuesday about fishing quotas in the South Atlantic, the ministry said in a statement on its website',
      'Both ministers agreed to meet again in the autumn',
    ].join('\n');
    expect(pieces(text, splitParagraphs(text, 0))).toEqual([
      'Roth held talks with Mendes on Tuesday about fishing quotas in the South Atlantic, the ministry said in a statement on its website',
      'Both ministers agreed to meet again in the autumn',
    ]);
  });
});
