// Ways of dying told as a verb ("were hacked to death", "electrocuted", "beheaded"), people uprooted, hospital treatment
// needed, and a toll counted as "the number of confirmed deaths".
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('ways of dying', () => {
  it('reads people burned or hacked to death, electrocuted or beheaded as killed', () => {
    expect(figures('Four farmers were hacked to death by raiders overnight.')).toEqual([['killed', 4]]);
    expect(figures('Two workers were electrocuted while repairing the cable.')).toEqual([['killed', 2]]);
    expect(figures('The group said it had beheaded three hostages.')).toEqual([['killed', 3]]);
    expect(figures('Nine villagers were burned to death inside a church.')).toEqual([['killed', 9]]);
  });
});

describe('uprooted', () => {
  it('reads people uprooted as displaced', () => {
    expect(figures('The floods have uprooted more than 70,000 people in the delta.')).toEqual([['displaced', 70000]]);
  });
});

describe('hospital treatment', () => {
  it('reads people who needed or received treatment as injured', () => {
    expect(figures('Eleven spectators needed hospital treatment after the stand gave way.')).toEqual([['injured', 11]]);
    expect(figures('Thirty workers received treatment for smoke inhalation.')).toEqual([['injured', 30]]);
  });
});

describe('number of confirmed deaths', () => {
  it('reads the figure of the toll', () => {
    expect(figures('The number of confirmed deaths stands at 58, the governor said.')).toEqual([['killed', 58]]);
  });
});
