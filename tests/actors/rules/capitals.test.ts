// Capitals used for governments, on wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

/** Type, name and written mentions of every country and place actor. */
function states(text: string) {
  return extract(text, { refDate: '2025-04-08', explain: true, only: ['actors'] })
    .actors.filter((a) => a.type === 'country' || a.type === 'place')
    .map((a) => ({ type: a.type, name: a.name, mentions: a.mentions.map((m) => m.text) }));
}

describe('capital-for-country', () => {
  it('reads an acting capital as the state the story also names', () => {
    const text = 'Norway will host the next round. Oslo said on Monday it would send observers.';
    expect(states(text)).toEqual([{ type: 'country', name: 'Norway', mentions: ['Norway', 'Oslo'] }]);
  });

  it('leaves a capital the city where the story never names its state', () => {
    const text = 'Oslo said on Monday it would send observers to the talks.';
    expect(states(text)).toEqual([{ type: 'place', name: 'Oslo', mentions: ['Oslo'] }]);
  });

  it('leaves "the capital X" the city', () => {
    const text = 'Flooding hit Norway on Monday, and the capital Oslo reported two roads closed.';
    expect(states(text)).toEqual([
      { type: 'place', name: 'Norway', mentions: ['Norway'] },
      { type: 'place', name: 'Oslo', mentions: ['Oslo'] },
    ]);
  });
});
