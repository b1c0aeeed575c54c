// part-after-fronted-whole and parts-of-a-group: the parts of a figure are figures of their own (GUIDELINES.md:
// "including 16 minors" is a record), also when the whole is fronted or is a group with no figure.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

const explained = (text: string) => casualties(text).map((c) => [c.kind, c.count, c.rules]);

describe('part-after-fronted-whole', () => {
  it('reads the part after "Of the 14 killed,"', () => {
    expect(explained('Of the 14 killed, nine were children, the health ministry said.')).toEqual([
      ['killed', 14, ['number-before-cue']],
      ['killed', 9, ['breakdown', 'part-after-fronted-whole']],
    ]);
    expect(figures('Of the 31 people wounded in the raid, 11 were women.')).toEqual([
      ['injured', 31],
      ['injured', 11],
    ]);
  });

  it('needs the whole inside the fronted phrase, and a part smaller than it', () => {
    expect(figures('Of the two candidates, three were arrested.')).toEqual([['detained', 3]]);
    expect(figures('Of the 14 killed, 20 were soldiers.')).toEqual([['killed', 14]]);
  });
});

describe('parts-of-a-group', () => {
  it('reads the parts of the wounded, the dead or the missing named with no figure', () => {
    expect(explained('The wounded, including six officers, were taken to hospital.')).toEqual([['injured', 6, ['breakdown', 'parts-of-a-group']]]);
    expect(figures('The injured, among them three children and a nurse, were flown to the capital.')).toEqual([
      ['injured', 3],
      ['injured', 1],
    ]);
    expect(figures('The dead, including two firefighters, were buried on Friday.')).toEqual([['killed', 2]]);
  });

  it('needs the group word before the comma', () => {
    expect(figures('The talks, including six ministers, ended without a deal.')).toEqual([]);
  });
});
