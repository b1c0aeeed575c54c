// Crime Stoppers, the tip-line programme, and its local chapters are organizations, never persons; sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const actors = (text: string) => extract(text, { refDate: '2025-04-08', only: ['actors'] }).actors.map((a) => [a.type, a.name]);

describe('organization head: stoppers', () => {
  it('reads the programme as an organization', () => {
    expect(actors('Anyone with information is asked to call Crime Stoppers at 555-0100.')).toEqual([['organization', 'Crime Stoppers']]);
  });

  it('reads a local chapter as one organization', () => {
    expect(actors('Tips can be left with Lakeside Crime Stoppers, which offers a reward of up to $5,000.')).toEqual([['organization', 'Lakeside Crime Stoppers']]);
  });
});

describe('organization opener: stoppers', () => {
  it('reads a chapter named with "of" and its area as one organization', () => {
    expect(actors('Crime Stoppers of Lakeside County is offering a reward for information.')).toEqual([['organization', 'Crime Stoppers of Lakeside County']]);
  });
});
