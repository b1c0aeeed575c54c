// Appeal verbs are read in every form of the verb: "presses", "pushes for", "calls upon", "underscored the need".
import { describe, expect, it } from 'vitest';
import { verbForms } from '../../../src/lexicon/appeal-verbs.js';
import { appealsIn, BRAZIL, COUNCIL, MENDES, ROTH } from './helpers.js';

describe('verbForms', () => {
  it('writes the four forms of regular verbs', () => {
    expect([verbForms('urge'), verbForms('press'), verbForms('push'), verbForms('call')]).toEqual([
      ['urge', 'urges', 'urged', 'urging'],
      ['press', 'presses', 'pressed', 'pressing'],
      ['push', 'pushes', 'pushed', 'pushing'],
      ['call', 'calls', 'called', 'calling'],
    ]);
  });
});

describe('appeal verbs in every tense', () => {
  it.each([
    ['Mendes presses the allies to send more ships.', 'pressed-for', 'the allies to send more ships'],
    ['Mendes pushes for a vote on the budget.', 'pressed-for', 'a vote on the budget'],
    ['Mendes called upon the militia to lay down its arms.', 'call-on', 'the militia to lay down its arms'],
    ['Mendes underscored the need for a ceasefire.', 'stress-the-need', 'a ceasefire'],
    ['Mendes emphasizes the importance of reopening the border.', 'stress-the-importance', 'reopening the border'],
    ['Mendes appeals to donors to fund the clinics.', 'appeal-verb', 'donors to fund the clinics'],
  ])('reads %j', (text, rule, demand) => {
    expect(appealsIn(text, [MENDES]).map((a) => [a.who, a.rules[0], a.demand])).toEqual([['Carlos Mendes', rule, demand]]);
  });
});

describe('asked-to: an addressee in the plural', () => {
  it('reads "pressed allies to send"', () => {
    expect(appealsIn('Roth pressed allies to send more air defences.', [ROTH]).map((a) => [a.who, a.demand])).toEqual([
      ['Anna Roth', 'allies to send more air defences'],
    ]);
  });
  it('reads no appeal in "asked questions to the minister"', () => {
    expect(appealsIn('Roth asked questions to the minister about the port.', [ROTH])).toEqual([]);
  });
  it('reads no appeal in "ask questions to test the plan": questions are not addressed', () => {
    expect(appealsIn('Roth will ask questions to test the plan.', [ROTH])).toEqual([]);
  });
  it('reads the verb after "press secretary", not "press ... to"', () => {
    expect(appealsIn("Brazil's press secretary Mendes asked the consul to call the embassy.", [MENDES, BRAZIL]).map((a) => [a.who, a.rules[0], a.demand])).toEqual([
      ['Carlos Mendes', 'asked-to', 'the consul to call the embassy'],
    ]);
  });
});

describe('an appeal named by a noun', () => {
  it('reads no appeal in "a renewed push for talks"', () => {
    expect(appealsIn('Mendes welcomed a renewed push for talks.', [MENDES])).toEqual([]);
  });
  it('reads no appeal in "lodged an appeal to the Supreme Court"', () => {
    expect(appealsIn('Mendes lodged an appeal to the Supreme Court.', [MENDES])).toEqual([]);
  });
  it("reads no appeal in \"Mendes's appeal to the court\"", () => {
    expect(appealsIn("Mendes's appeal to the court failed.", [MENDES])).toEqual([]);
  });
});

describe('agent-pair-anaphor: a sentence opening on the pair', () => {
  it('gives "The two leaders discussed ... and stressed the need" to the two people named before', () => {
    const text = 'Roth spoke with Mendes on Monday. The two leaders discussed the sanctions imposed by Brazil and stressed the need for new talks.';
    expect(appealsIn(text, [ROTH, MENDES, BRAZIL]).map((a) => [a.who, a.rules[1]])).toEqual([
      ['Anna Roth', 'agent-pair-anaphor'],
      ['Carlos Mendes', 'agent-pair-anaphor'],
    ]);
  });
});

describe('agent-sentence-subject: a party after a preposition is no subject', () => {
  it('gives no appeal to the client in "The lawyer for Mendes said ... and asked the judge to"', () => {
    const text = 'The lawyer for Mendes said the man is innocent and asked the judge to free him.';
    expect(appealsIn(text, [MENDES])).toEqual([]);
  });
});

describe('warning-if: a threat of what follows a refusal is no appeal', () => {
  it('reads no appeal in "stressed the need to act if Brazil continues to refuse"', () => {
    expect(appealsIn('The Nordic Council stressed the need to impose new tariffs if Brazil continues to refuse talks.', [COUNCIL, BRAZIL])).toEqual([]);
  });
});
