// Which states act and which are only where things happen (actors/acting.ts); sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

/** Name and type of every country and place actor. */
const states = (text: string) =>
  extract(text, { refDate: '2025-04-08', only: ['actors'] })
    .actors.filter((a) => a.type === 'country' || a.type === 'place')
    .map((a) => [a.name, a.type]);

describe('a compass word before a state', () => {
  it('reads "in western Peru" as a place even when a verb follows', () => {
    expect(states('Rescuers in western Peru found 12 bodies on Monday.')).toEqual([['Peru', 'place']]);
    expect(states('Floods in the northeastern Chile killed four people.')).toEqual([['Chile', 'place']]);
  });
});

describe('a standing relation with a state', () => {
  it('makes no party of "ties with" or "the border with"', () => {
    expect(states('Officials said the ministry values its friendly ties with Norway.')).toEqual([['Norway', 'place']]);
    expect(states('The convoy was ambushed near the border with Chile on Monday.')).toEqual([['Chile', 'place']]);
  });

  it('still makes parties of talks between states', () => {
    expect(states('Talks between Chile and Peru resumed on Monday.')).toEqual([
      ['Chile', 'country'],
      ['Peru', 'country'],
    ]);
  });
});

describe('a state as the subject of a passive with its agent', () => {
  it('reads "Peru has been hit by" as undergoing, not acting', () => {
    expect(states('Peru has been hit by a wave of strikes since March.')).toEqual([['Peru', 'place']]);
  });

  it('keeps a state that acts', () => {
    expect(states('Peru has sent 40 tonnes of aid since March.')).toEqual([['Peru', 'country']]);
  });
});

describe('a place whose name opens with "The"', () => {
  it('keeps the article of "The Hague"', () => {
    expect(states('Judges in The Hague ruled on Monday.')).toEqual([['The Hague', 'place']]);
  });
});

describe('a time phrase between a state and its verb', () => {
  it('reads "Chile on Monday called on" and "Peru last week said" as acting states', () => {
    expect(states('Chile on Monday called on both sides to return to talks.')).toEqual([['Chile', 'country']]);
    expect(states('Peru last week said it would recall its ambassador.')).toEqual([['Peru', 'country']]);
    expect(states('Norway again urged restraint after the strikes.')).toEqual([['Norway', 'country']]);
  });

  it('leaves a state a place when the time phrase closes an aside or a passive follows', () => {
    expect(states('The envoy, who reached Chile on Monday, said talks would resume.')).toEqual([['Chile', 'place']]);
    expect(states('Peru on Sunday was hit by a storm that cut power to thousands.')).toEqual([['Peru', 'place']]);
  });
});

describe('a state before an appositive and its verb', () => {
  it('reads a state set off by an appositive or a relative clause before its verb as acting', () => {
    expect(states('Norway, the largest donor to the fund, urged other members on Monday to pay their share.')).toEqual([['Norway', 'country']]);
    expect(states("Peru, which shares the lake with its neighbour, asked for a joint survey.")).toEqual([['Peru', 'country']]);
    expect(states('Chile, a founding member, has rejected the plan.')).toEqual([['Chile', 'country']]);
  });

  it('leaves a state with an appositive but no verb after it, or a passive, as a place', () => {
    expect(states('The ship sailed to Norway, the last stop of the tour.')).toEqual([['Norway', 'place']]);
    expect(states('Peru, the host nation, was hit by floods in March.')).toEqual([['Peru', 'place']]);
    expect(states('Chile, the host, and its guests signed nothing.')).toEqual([['Chile', 'place']]);
  });
});

describe('a name opening the appositive', () => {
  it('leaves the state of an office or a company in the appositive of something else alone', () => {
    expect(states("Ana Ruiz, the Peru country director of the bank, has resigned.")).toEqual([['Peru', 'place']]);
  });
});

describe('a list after a state is no appositive', () => {
  it('leaves "for Norway, the Netherlands and Chile, said" as places', () => {
    expect(states('An official of the mission for Norway, the Netherlands and Chile, said talks went on.')).toEqual([
      ['Norway', 'place'],
      ['Netherlands', 'place'],
      ['Chile', 'place'],
    ]);
  });
});

describe("a state's government before a verb", () => {
  it('makes the state act', () => {
    expect(states("Peru's government on Tuesday asked miners to leave the reserve.")).toEqual([['Peru', 'country']]);
    expect(states("Chile's interim government has declared a state of emergency.")).toEqual([['Chile', 'country']]);
  });

  it('leaves a state whose government is only described', () => {
    expect(states("Peru's government buildings were damaged in the quake.")).toEqual([['Peru', 'place']]);
  });
});
