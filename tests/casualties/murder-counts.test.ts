// murder-counts: each count of murder a suspect faces is one person killed.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('murder-counts', () => {
  it('reads counts of murder or homicide as people killed', () => {
    const found = casualties('Williams was charged with three counts of first-degree murder on Friday.');
    expect(found.map((c) => [c.kind, c.count, c.text, c.rules])).toEqual([['killed', 3, 'three counts of first-degree murder', ['murder-counts']]]);
    expect(figures('The teenager faces two counts each of criminal homicide and aggravated assault.')).toEqual([['killed', 2]]);
    expect(figures('He pleaded guilty to one count of capital murder.')).toEqual([['killed', 1]]);
  });

  it('is the toll told before, not a second figure', () => {
    expect(figures('A gunman killed four people at a warehouse. He was charged with four counts of murder.')).toEqual([['killed', 4]]);
  });

  it('leaves one defendant\'s share of a stated toll alone (charges-without-toll)', () => {
    expect(figures('A gunman killed five people at a bar on Sunday. A second man was charged with one count of murder.')).toEqual([['killed', 5]]);
  });

  it('leaves charges without a death', () => {
    expect(figures('She was charged with two counts of attempted murder.')).toEqual([]);
    expect(figures('They face three counts of conspiracy to commit murder.')).toEqual([]);
    expect(figures('He faces 12 counts of fraud in the murder-for-hire scheme.')).toEqual([]);
  });
});
