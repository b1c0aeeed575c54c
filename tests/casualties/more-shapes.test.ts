import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('lives-taken', () => {
  it('reads lives claimed, taken or lost with the people in the possessive', () => {
    expect(figures("A weekend brawl at a roadside bar claimed one man's life, deputies said.")).toEqual([['killed', 1]]);
    expect(figures("Prosecutors said the gunman took three young men's lives in under a minute.")).toEqual([['killed', 3]]);
    expect(figures('The pile-up on the interstate cost two lives.')).toEqual([['killed', 2]]);
  });

  it('names who was counted and the rule', () => {
    const [found] = casualties("The fire claimed one woman's life.");
    expect(found).toMatchObject({ kind: 'killed', count: 1, victims: 'woman', text: "one woman's life", rules: ['lives-taken'] });
  });

  it('leaves lives of things that are not people', () => {
    expect(figures("The storm took two trees' lives.")).toEqual([]);
  });
});

describe('inverted-toll', () => {
  it('reads the figure written before the total it sets', () => {
    expect(figures('The blast raised to 23 the number of people killed in the city this month.')).toEqual([['killed', 23]]);
    expect(figures('A second attack brought to 40 the number of people wounded since Friday.')).toEqual([['injured', 40]]);
    expect(casualties('Officials said it rose to 12, at least, the number of those who died.')).toMatchObject([{ kind: 'killed', count: 12, min: 12, qualifier: 'at-least' }]);
  });

  it('needs a rise before the figure', () => {
    expect(figures('Police put 30 officers on the number of roads closed.')).toEqual([]);
  });
});

describe('both', () => {
  it('counts two people', () => {
    expect(figures('When the pair reached the porch, both were fatally shot.')).toEqual([['killed', 2]]);
    expect(figures('Both men were taken to a hospital with leg wounds.')).toEqual([['injured', 2]]);
  });

  it('leaves both of things that are not people', () => {
    expect(figures('Both sides were hurt by the ruling.')).toEqual([]);
  });
});

describe('victims-and-self', () => {
  it('adds the killer who took his own life to the victims', () => {
    expect(figures('Investigators said the man killed his two stepsons and then himself.')).toEqual([
      ['killed', 2],
      ['killed', 3],
    ]);
    expect(figures('Neighbours said a father shot and killed his young daughter and then himself.')).toEqual([
      ['killed', 1],
      ['killed', 2],
    ]);
  });

  it('needs a victim it can count', () => {
    expect(figures('Police said the man killed several relatives and himself.')).toEqual([['killed', null]]);
  });
});

describe('couple-is-two', () => {
  it('counts a couple as two people', () => {
    expect(figures('A gunman killed an elderly couple in their home on Tuesday.')).toEqual([['killed', 2]]);
  });
});

describe('named victim from a place', () => {
  it('reads a name with an age and a home town before the verb', () => {
    expect(casualties('Marcus Delane, 31, of Fairview, was pronounced dead at the scene.')).toMatchObject([
      { kind: 'killed', count: 1, victims: 'Marcus Delane', rules: ['named-victim', 'named-from-place'] },
    ]);
  });
});

describe('both: what it leaves', () => {
  it('leaves suspects who fled and charges', () => {
    expect(figures('Both suspects fled on foot, police said.')).toEqual([]);
    expect(figures('He faces both murder charges in county court.')).toEqual([]);
  });
});
