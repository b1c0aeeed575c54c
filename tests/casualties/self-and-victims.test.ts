// The killer who takes his own life is one more dead: "killed himself and 15 others" (rule self-and-victims),
// "killed his wife before killing himself" (victims-and-self).
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('self-and-victims', () => {
  it('adds the killer named before the figure', () => {
    const found = casualties('A suicide bomber killed himself and 15 others at a checkpoint outside the city.');
    expect(found.map((c) => [c.kind, c.count, c.text, c.rules])).toEqual([
      ['killed', 15, 'killed himself and 15 others', ['cue-before-number']],
      ['killed', 16, 'killed himself and 15 others', ['victims-and-self', 'self-and-victims']],
    ]);
  });

  it('needs an exact figure after him', () => {
    expect(figures('The gunman killed himself and at least 10 others, police said.')).toEqual([['killed', 10]]);
    expect(figures('He killed himself, and dozens of others were hurt.')).toEqual([['injured', null]]);
  });
});

describe('victims-and-self with a second verb', () => {
  it('reads "before killing himself" as the killer taking his own life', () => {
    expect(figures('A man shot and killed his estranged wife before killing himself at their home on Tuesday.')).toEqual([
      ['killed', 1],
      ['killed', 2],
    ]);
    expect(figures('Police said she killed her two children and then shot herself.')).toEqual([
      ['killed', 2],
      ['killed', 3],
    ]);
  });

  it('counts two people joined by "and" (rule two-and-self) and the killer taking his own life', () => {
    const found = casualties('A man fatally shot a woman and girl then killed himself, police said.');
    expect(found.map((c) => [c.kind, c.count, c.text, c.rules])).toEqual([
      ['killed', 1, 'fatally shot a woman', ['single-victim']],
      ['killed', 3, 'a woman and girl then killed himself', ['victims-and-self', 'two-and-self']],
    ]);
    expect(figures('The gunman killed his girlfriend and her mother before taking his own life.')).toEqual([
      ['killed', 1],
      ['killed', 3],
    ]);
  });

  it('keeps a figure that counts only part of a list of people, or a second act, apart', () => {
    expect(figures('He killed his wife, son and daughter before killing himself.')).toEqual([
      ['killed', 1],
      ['killed', 4],
    ]);
    expect(figures('He killed his wife and children before setting the house on fire and killing himself.')).toEqual([['killed', 1]]);
    expect(figures('The gunman killed two people and wounded three others before turning the gun on himself.')).toEqual([
      ['killed', 2],
      ['killed', 3],
      ['injured', 3],
    ]);
  });

  it('leaves an injured killer and his victims to the other rules', () => {
    expect(figures('The man wounded himself and a neighbor with the rifle.')).toEqual([]);
  });
});

describe('people-list-and-self', () => {
  it('counts each person of a list and the killer', () => {
    expect(figures('Police said he shot his mother, brother and sister before turning the gun on himself.')).toEqual([['killed', 4]]);
    expect(figures('The father killed his wife and four children before taking his own life.')).toEqual([
      ['killed', 1],
      ['killed', 6],
      ['killed', 4],
    ]);
    expect(figures('Investigators say she shot her 8-year-old son and then herself.')).toEqual([['killed', 2]]);
  });

  it('reads nothing when a part of the list is no person', () => {
    expect(figures('He shot his neighbor and the family dog before killing himself.')).toEqual([]);
  });
});
