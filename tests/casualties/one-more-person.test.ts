// One more person with no figure: "wounded a third" (rule next-one-as-object), "the driver died in the crash" (rule
// died-in-the-incident) and "a family of six" (rule family-of-n).
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('next-one-as-object', () => {
  it('reads "a third" after a verb cue as one more person', () => {
    expect(figures('The gunman killed three customers and injured a fourth before fleeing.')).toEqual([
      ['killed', 3],
      ['injured', 1],
    ]);
  });
});

describe('next-one read once', () => {
  it('reads "a fourth person died" as one death, once', () => {
    expect(figures('A fourth person died on Friday, raising the toll to four.')).toEqual([
      ['killed', 1],
      ['killed', 4],
    ]);
  });
});

describe('died-in-the-incident', () => {
  it('reads one person who died in the incident', () => {
    expect(figures('The driver died in the crash, police said.')).toEqual([['killed', 1]]);
  });

  it('counts no one twice', () => {
    expect(figures('Two people were killed on the bridge. The driver died in the crash.')).toEqual([['killed', 2]]);
  });
});

describe('family-of-n', () => {
  it('counts the members of a family of a size', () => {
    expect(figures('A family of six was killed when the roof caved in.')).toEqual([['killed', 6]]);
    expect(figures('The airstrike killed a family of four in their home.')).toEqual([['killed', 4]]);
  });
});
