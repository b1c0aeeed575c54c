// Lexicon row "call"/"calls" (frame phone-call): a call with no other word for how it was held is a
// telephone call, as wire copy and GUIDELINES.md read it ("had a productive call with", "held a
// call"); a cue in the clause ("a call by video link") still wins.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('call-noun-phone', () => {
  it('reads a bare "call" as a phone call', () => {
    const had = callsIn('Anna Roth said she had a productive call with Carlos Mendes on Tuesday.', [ROTH, MENDES], [{ text: 'Tuesday', value: '2031-05-06' }]);
    const held = callsIn('Roth also held a call with Mendes.', [ROTH, MENDES]);
    expect([...had, ...held].map((c) => [c.parties, c.medium, c.cameo, c.rules[0]])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], 'phone', '041', 'phone-call'],
      [['Anna Roth', 'Carlos Mendes'], 'phone', '041', 'phone-call'],
    ]);
  });
  it('keeps the medium a cue or a longer trigger gives', () => {
    const cue = callsIn('Roth held a call with Mendes by video link.', [ROTH, MENDES]);
    const video = callsIn('Roth held a video call with Mendes.', [ROTH, MENDES]);
    expect([...cue, ...video].map((c) => c.medium)).toEqual(['video', 'video']);
  });
});
