import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCalls } from '../../src/extract/calls/index.js';
import { extract } from '../../src/index.js';
import { hasShared, sharedPath } from '../shared.js';
import { contextFor, namesOf, type ActorSpec } from './context.js';

const ROTH: ActorSpec = { type: 'person', name: 'Anna Roth', forms: ['Anna Roth', 'Roth'], country: 'Germany' };
const MENDES: ActorSpec = { type: 'person', name: 'Carlos Mendes', forms: ['Carlos Mendes', 'Mendes'], country: 'Brazil' };
const SATO: ActorSpec = { type: 'person', name: 'Ken Sato', forms: ['Ken Sato', 'Sato'], country: 'Japan' };

describe('extractCalls: one record per call', () => {
  const text =
    'Roth-Mendes call\n' +
    'BERLIN (Wire) - German Chancellor Anna Roth held a telephone conversation on Tuesday with Brazilian ' +
    'President Carlos Mendes to discuss trade and climate finance, her office said.\n' +
    'During the call, the two leaders also exchanged views on the grain corridor. It was their second call ' +
    'this month, following an earlier exchange on May 2.\n' +
    'The talks came a day after Roth held a separate phone call with Japanese Prime Minister Ken Sato.';
  const ctx = contextFor(text, [ROTH, MENDES, SATO], [
    { text: 'Tuesday', value: '2031-05-06' },
    { text: 'this month', value: '2031-05' },
    { text: 'May 2', value: '2031-05-02' },
    { text: 'a day after', value: '2031-05-08', shift: { amount: 1, unit: 'D', direction: 1 } },
  ]);
  const calls = extractCalls(ctx);

  it('merges the headline, the lead and "the call" into one record with the lead date', () => {
    expect(calls).toHaveLength(3);
    expect(namesOf(ctx, calls[0].participants)).toEqual(['Anna Roth', 'Carlos Mendes']);
    expect(calls[0]).toMatchObject({ id: 'C1', medium: 'phone', date: { text: 'Tuesday', value: '2031-05-06' } });
  });

  it('collects the topics of every mention of the call', () => {
    expect(calls[0].topics).toEqual(['trade and climate finance', 'the grain corridor']);
  });

  it('keeps an earlier exchange between the same leaders as its own dated call', () => {
    expect(namesOf(ctx, calls[1].participants)).toEqual(['Anna Roth', 'Carlos Mendes']);
    expect(calls[1].date).toEqual({ text: 'May 2', value: '2031-05-02' });
  });

  it('dates a call in the complement of "a day after" one day before the reference day', () => {
    expect(namesOf(ctx, calls[2].participants)).toEqual(['Anna Roth', 'Ken Sato']);
    expect(calls[2].date?.value).toBe('2031-05-06');
  });

  it('gives the sentence as evidence, with offsets into the text', () => {
    for (const c of calls) expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    expect(calls[0].evidence.text).toBe('Roth-Mendes call');
  });
});

describe('extractCalls: parties', () => {
  it('gives one call per listed party of "called the leaders of A, B and C", with the caller as initiator', () => {
    const text = 'Mendes called the leaders of Chile, Peru and Bolivia on Sunday, an aide said.';
    const ctx = contextFor(text, [
      MENDES,
      { type: 'country', name: 'Chile', forms: ['Chile'] },
      { type: 'country', name: 'Peru', forms: ['Peru'] },
      { type: 'country', name: 'Bolivia', forms: ['Bolivia'] },
    ]);
    const calls = extractCalls(ctx);
    expect(calls.map((c) => namesOf(ctx, c.participants))).toEqual([
      ['Carlos Mendes', 'Chile'],
      ['Carlos Mendes', 'Peru'],
      ['Carlos Mendes', 'Bolivia'],
    ]);
    expect(calls.every((c) => c.medium === 'phone' && c.initiator === 'A1')).toBe(true);
  });

  it('reads "held talks to discuss" as a purpose, not a party', () => {
    const ctx = contextFor('Roth and Mendes held talks to discuss the grain corridor.', [ROTH, MENDES]);
    expect(extractCalls(ctx)).toMatchObject([{ participants: ['A1', 'A2'], topics: ['the grain corridor'] }]);
  });

  it('keeps a joint call of a listed subject as one record', () => {
    const text =
      'Chancellor Anna Roth, together with Prime Minister Ken Sato, as well as President Carlos Mendes, ' +
      'held a video conference with Secretary-General Lea Holm.';
    const ctx = contextFor(text, [ROTH, SATO, MENDES, { type: 'person', name: 'Lea Holm', forms: ['Lea Holm'] }]);
    const calls = extractCalls(ctx);
    expect(calls).toHaveLength(1);
    expect(namesOf(ctx, calls[0].participants)).toEqual(['Anna Roth', 'Ken Sato', 'Carlos Mendes', 'Lea Holm']);
    expect(calls[0].medium).toBe('video');
  });

  it('splits "met separately with A, B and C" into three meetings', () => {
    const text = 'Roth on Friday met separately with Mendes, Sato and Lea Holm on the sidelines of the summit.';
    const ctx = contextFor(
      text,
      [ROTH, MENDES, SATO, { type: 'person', name: 'Lea Holm', forms: ['Lea Holm'] }],
      [{ text: 'Friday', value: '2031-05-02' }],
    );
    const calls = extractCalls(ctx);
    expect(calls.map((c) => namesOf(ctx, c.participants)[1])).toEqual(['Carlos Mendes', 'Ken Sato', 'Lea Holm']);
    expect(calls.every((c) => c.medium === 'in-person' && c.date?.value === '2031-05-02')).toBe(true);
  });

  it('resolves "he" to the speaker and names the initiator from "at the request of the Brazilian side"', () => {
    const text = 'Roth said he had spoken by phone with Mendes. The call was held at the request of the Brazilian side.';
    const ctx = contextFor(text, [ROTH, MENDES]);
    const calls = extractCalls(ctx);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ medium: 'phone', initiator: 'A2' });
  });

  it('pairs each minister with the state of "their Indian counterparts"', () => {
    const text = 'Ministers Anna Roth and Ken Sato have spoken to their Indian counterparts, officials said.';
    const ctx = contextFor(text, [ROTH, SATO, { type: 'country', name: 'India', forms: ['India'] }]);
    // A state named nowhere else stands in for the counterparts (unnamed-office-state), as one named does.
    const withIndia = contextFor(text + ' India welcomed the contacts.', [ROTH, SATO, { type: 'country', name: 'India', forms: ['India'] }]);
    expect(extractCalls(ctx).map((c) => namesOf(ctx, c.participants))).toEqual([
      ['Anna Roth', 'India'],
      ['Ken Sato', 'India'],
    ]);
    expect(extractCalls(withIndia).map((c) => namesOf(withIndia, c.participants))).toEqual([
      ['Anna Roth', 'India'],
      ['Ken Sato', 'India'],
    ]);
  });
});

describe('extractCalls: more ways to report a call', () => {
  it('takes the main subject for a fronted "In a phone call with Y, X said"', () => {
    const ctx = contextFor('In a phone call with Mendes, Roth said the grain deal would hold.', [ROTH, MENDES]);
    const calls = extractCalls(ctx);
    expect(calls.map((c) => namesOf(ctx, c.participants))).toEqual([['Carlos Mendes', 'Anna Roth']]);
    expect(calls[0].medium).toBe('phone');
  });

  it('makes the caller of "a call from X" the initiator', () => {
    const ctx = contextFor('Roth took a call from Mendes shortly before midnight.', [ROTH, MENDES]);
    expect(extractCalls(ctx)).toMatchObject([{ participants: ['A1', 'A2'], initiator: 'A2' }]);
  });

  it('reads "the leaders of the three countries" as the states just listed', () => {
    const text =
      'Mendes paid state visits to Chile, Peru and Bolivia last month. During the tour, Mendes held talks with the leaders of the three countries.';
    const ctx = contextFor(text, [
      MENDES,
      { type: 'country', name: 'Chile', forms: ['Chile'] },
      { type: 'country', name: 'Peru', forms: ['Peru'] },
      { type: 'country', name: 'Bolivia', forms: ['Bolivia'] },
    ]);
    expect(extractCalls(ctx).map((c) => namesOf(ctx, c.participants)[1])).toEqual(['Chile', 'Peru', 'Bolivia']);
  });

  it('keeps an earlier in-person meeting ("last met ... on May 2") apart from the video call', () => {
    const text = 'Roth and Mendes held a video call on Tuesday. The two leaders last met in person in Lisbon on May 2.';
    const ctx = contextFor(text, [ROTH, MENDES], [
      { text: 'Tuesday', value: '2031-05-06' },
      { text: 'May 2', value: '2031-05-02' },
    ]);
    expect(extractCalls(ctx).map((c) => [c.medium, c.date?.value])).toEqual([
      ['video', '2031-05-06'],
      ['in-person', '2031-05-02'],
    ]);
  });

  it('lets the named leaders replace the states that stood for them in a headline', () => {
    const text = 'Germany and Brazil leaders meet on trade\nChancellor Anna Roth met President Carlos Mendes in Berlin on Tuesday.';
    const ctx = contextFor(text, [
      ROTH,
      MENDES,
      { type: 'country', name: 'Germany', forms: ['Germany'] },
      { type: 'country', name: 'Brazil', forms: ['Brazil'] },
    ]);
    const calls = extractCalls(ctx);
    expect(calls.map((c) => namesOf(ctx, c.participants))).toEqual([['Anna Roth', 'Carlos Mendes']]);
  });

  it('dates "Earlier in the evening, ..." by the day the story named just before', () => {
    const text = 'The coalition wobbled on Friday, 2 May, as two ministers quit. Earlier in the evening, Roth met Mendes at the chancellery.';
    const ctx = contextFor(text, [ROTH, MENDES], [{ text: 'Friday, 2 May', value: '2031-05-02' }]);
    expect(extractCalls(ctx)).toMatchObject([{ medium: 'in-person', date: { value: '2031-05-02' } }]);
  });
});

describe('extractCalls: what is not a call', () => {
  const cases: [string, string][] = [
    ['an insult', 'Roth called Mendes a liar at a rally in Hamburg.'],
    ['an appeal', 'Roth renewed her calls for restraint from Mendes.'],
    ['a call centre', 'Mendes visited a call centre run by Roth Holdings.'],
    ['a planned call', 'Roth will hold talks with Mendes next week.'],
    ['an agreement to meet', 'Roth and Mendes agreed to meet soon.'],
    ['a meeting that would take place', 'A meeting between Roth and Mendes would take place in June.'],
    ['a denied call', 'Roth denied that she had spoken with Mendes.'],
    ['a press interview', 'Mendes told the Daily Wire by telephone that he was confident.'],
    ['a venue', 'Roth beat Mendes for the second time at a big indoor meeting in Lyon.'],
    ['a peace process', 'Roth and Mendes back the peace talks.'],
    ['a trip for talks', 'Roth left on Monday for talks with Mendes.'],
    ['a naming', 'Mendes runs a charity called Roth Relief.'],
    ['a requested meeting', 'Roth called for an urgent Security Council meeting with Mendes.'],
  ];
  for (const [what, text] of cases) {
    it(`skips ${what}`, () => {
      expect(extractCalls(contextFor(text, [ROTH, MENDES]))).toEqual([]);
    });
  }
});

describe.skipIf(!hasShared)('extractCalls: the design article', () => {
  it('gives its four calls with their dates', () => {
    const record = extract(readFileSync(sharedPath('seeds', '000_d2e8e385f3c37c30.txt'), 'utf8'));
    const surname = (id: string) => record.actors.find((a) => a.id === id)!.name.split(' ').at(-1);
    const calls = record.calls.map((c) => `${c.participants.map(surname).sort().join('+')} ${c.date?.value ?? null}`);
    expect(calls.sort()).toEqual(
      ['Pezeshkian+Putin 2026-03-10', 'Pezeshkian+Putin 2026-03-06', 'Araghchi+Lavrov null', 'Putin+Trump 2026-03-09'].sort(),
    );
  });
});
