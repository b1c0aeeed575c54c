// Rule office-holder-name: a lone word the tagger does not know that is the one name a head of
// state or government in the gazetteer is called by ("Zelenskiy", "Erdogan") is that person;
// another lone unknown word is still no actor.
import { describe, expect, it } from 'vitest';
import { classifyIn } from './helpers.js';

describe('office-holder-name', () => {
  it('reads a spelling of a holder\'s surname as a person', () => {
    const text = 'KYIV (Reuters) - Zelenskiy spoke with European leaders on Tuesday about air defence.';
    expect(classifyIn(text, 'Zelenskiy')).toEqual({ reading: { type: 'person', name: 'Zelenskiy', country: null }, rule: 'office-holder-name' });
  });
  it('leaves another lone unknown word unread', () => {
    const text = 'KYIV (Reuters) - Zorvanek spoke with European leaders on Tuesday about air defence.';
    expect(classifyIn(text, 'Zorvanek')).toEqual({ reading: { type: 'none' }, rule: 'lone-unknown-word' });
  });
});
