import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DateFinding } from '../../src/extract/context.js';
import type { Actor } from '../../src/schema.js';
import { hasShared, sharedPath } from '../shared.js';
import { casualties, pairs } from './helpers.js';

describe('figures written before their cue', () => {
  it('reads a plain count of people killed', () => {
    const [c, ...rest] = casualties('Police said 12 people were killed when the bus left the road.');
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ kind: 'killed', count: 12, min: null, max: null, qualifier: 'exact', victims: 'people' });
    expect(c.text).toBe('12 people were killed');
  });

  it('reads nouns, adjectives and number words', () => {
    expect(pairs(casualties('The storm caused 1,450 deaths across the region.'))).toEqual([['killed', 1450]]);
    expect(pairs(casualties('Twenty-five soldiers were wounded in the ambush.'))).toEqual([['injured', 25]]);
    expect(pairs(casualties('A dozen miners remain missing after the collapse.'))).toEqual([['missing', 12]]);
    expect(pairs(casualties('The floods have left 1.2 million residents homeless.'))).toEqual([['displaced', 1_200_000]]);
  });

  it('keeps a compound people noun whole after the cue', () => {
    const [killed, injured] = casualties('The blast tore through the checkpoint, killing three border guards and wounding nine other people.');
    expect(killed).toMatchObject({ kind: 'killed', count: 3, victims: 'border guards' });
    expect(injured).toMatchObject({ kind: 'injured', count: 9, victims: 'other people', text: 'wounding nine other people' });
  });

  it('counts families left homeless', () => {
    expect(casualties('About 250 families were left homeless by the mudslide.')).toMatchObject([
      { kind: 'displaced', count: 250, qualifier: 'approximate', victims: 'families' },
    ]);
  });

  it('counts the person named before "and three others"', () => {
    expect(pairs(casualties('A witness said he and three others were shot outside the club.'))).toEqual([['injured', 4]]);
  });

  it('gives a part of a figure its own record', () => {
    const found = casualties('Two people, including a child, were killed when the roof fell in.');
    expect(pairs(found)).toEqual([['killed', 2], ['killed', 1]]);
    expect(found[1].text).toBe('a child');
  });

  it('reads people described with a place between them and the cue', () => {
    expect(pairs(casualties('Four passengers from the second carriage were injured, rescuers said.'))).toEqual([['injured', 4]]);
  });
});

describe('groups and lists', () => {
  it('reads two groups that share one cue', () => {
    const found = casualties('Four police officers and 11 rebels were killed in the raid.');
    expect(pairs(found)).toEqual([['killed', 4], ['killed', 11]]);
    expect(found[0].victims).toBe('police officers');
  });

  it('does not carry a group into the next clause', () => {
    const found = casualties('Rebels killed two guards and badly wounded five others at the depot.');
    expect(pairs(found)).toEqual([['killed', 2], ['injured', 5]]);
  });

  it('gives each item of a list its figure', () => {
    const found = casualties('Officials said 31 people died in the capital, 12 in the northern province and four on the coast.');
    expect(pairs(found)).toEqual([['killed', 31], ['killed', 12], ['killed', 4]]);
    expect(found[2].text).toBe('four on the coast');
  });

  it('counts each victim identified by name', () => {
    const found = casualties('The victims were identified as Rosa Delgado (Tucson), Ahmed (41) and Lena Park.');
    expect(found.map((c) => [c.kind, c.count, c.victims])).toEqual([
      ['killed', 1, 'Rosa Delgado'],
      ['killed', 1, 'Ahmed'],
      ['killed', 1, 'Lena Park'],
    ]);
  });

  it('reads people among the dead and those still missing', () => {
    expect(pairs(casualties('Three firefighters were among the dead, and 14 remain missing.'))).toEqual([
      ['killed', 3],
      ['missing', 14],
    ]);
  });

  it('reads "hundreds of thousands" as one vague figure', () => {
    expect(pairs(casualties('Hundreds of thousands of people have been displaced by the drought.'))).toEqual([['displaced', null]]);
  });
});

describe('figures written after their cue', () => {
  it('reads active verbs and their hedges', () => {
    const found = casualties('The car bomb killed 14 people and wounded at least 30 others near the market.');
    expect(found.map((c) => [c.kind, c.count, c.qualifier, c.min])).toEqual([
      ['killed', 14, 'exact', null],
      ['injured', 30, 'at-least', 30],
    ]);
  });

  it('keeps both figures of a changed toll', () => {
    const found = casualties('By evening the death toll had climbed from 12 to 15, the ministry said.');
    expect(pairs(found)).toEqual([['killed', 12], ['killed', 15]]);
  });

  it('reads a toll stated with a linking verb', () => {
    expect(pairs(casualties('The official death toll from the landslide rose to 57 on Sunday.'))).toEqual([['killed', 57]]);
  });

  it('reads what the dead included', () => {
    expect(pairs(casualties('The dead included three children and their teacher.'))).toEqual([['killed', 3]]);
  });

  it('reads detentions', () => {
    expect(pairs(casualties('Security forces arrested more than 200 protesters over the weekend.'))).toEqual([['detained', 200]]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['Nearly 300 people were killed in the fighting.', { count: 300, min: null, max: 300, qualifier: 'approximate' }],
    ['About 40 people were injured in the crush.', { count: 40, min: null, max: null, qualifier: 'approximate' }],
    ['At least 9 people died in the fire.', { count: 9, min: 9, max: null, qualifier: 'at-least' }],
    ['Up to 30 people were feared dead.', { count: 30, min: null, max: 30, qualifier: 'at-most' }],
    ['Between 20 and 30 people were wounded.', { count: null, min: 20, max: 30, qualifier: 'range' }],
    ['Officials said 20-30 villagers were missing.', { count: null, min: 20, max: 30, qualifier: 'range' }],
    ['Dozens of villagers were killed overnight.', { count: null, min: null, max: null, qualifier: 'vague' }],
    ['Nearly two dozen miners are still missing.', { kind: 'missing', count: 24, min: null, max: 24, qualifier: 'approximate' }],
  ])('%s', (text, expected) => {
    const [c] = casualties(text);
    expect(c).toMatchObject(expected);
  });
});

describe('numbers that are not casualties', () => {
  it('ignores money, percentages, votes, troops and years', () => {
    const text =
      'Lawmakers voted 210 to 95 to send 3,000 troops and $2 million in aid. ' +
      'Since 2019 the program has reached 40 percent of the 12 districts hit by the floods.';
    expect(casualties(text)).toEqual([]);
  });

  it('reads "a 12-year-old" as an age, not a count', () => {
    expect(pairs(casualties('A 12-year-old boy was wounded in the crossfire.'))).toEqual([['injured', 1]]);
  });

  it('does not count dates found by the date extractor', () => {
    const text = 'Three people were injured in the blast.';
    const date: DateFinding = { text: 'Three', start: 0, end: 5, type: 'DATE', value: 'XXXX-XX-03' };
    expect(casualties(text)).toHaveLength(1);
    expect(casualties(text, { dates: [date] })).toEqual([]);
  });

  it('masks calendar dates even when none were given', () => {
    expect(pairs(casualties('Since March 3 killed civilians have been buried in the hills; 45 were wounded.'))).toEqual([['injured', 45]]);
  });

  it('does not read a golf score or a stroke as people shot', () => {
    expect(casualties('The rookie shot 66 on Friday and finished one shot off the lead.')).toEqual([]);
  });

  it('does not read a photo counter before a singular noun as a count', () => {
    expect(casualties('Gallery: 8 of 12 Boy, 6, wounded in crossfire on Elm Street')).toEqual([]);
  });

  it('does not count a natural death of a named person', () => {
    expect(casualties('The novelist Ines Marquez died at the age of 88, her publisher said.')).toEqual([]);
  });

  it('does not count a subject that acts on others', () => {
    expect(pairs(casualties('Two gunmen killed three people at the checkpoint.'))).toEqual([['killed', 3]]);
  });
});

describe('named victims', () => {
  const text = 'Among those killed was the province’s Deputy Governor Tomas Arlen, officials said.';

  it('is a figure of one even without actors', () => {
    const [c, ...rest] = casualties(text);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ kind: 'killed', count: 1, qualifier: 'exact' });
    expect(c.actor).toBeUndefined();
  });

  it('points at the actor whose mention it names', () => {
    const start = text.indexOf('Tomas Arlen');
    const actor: Actor = {
      id: 'A4', type: 'person', name: 'Tomas Arlen', title: 'Deputy Governor', country: null, aliases: [],
      mentions: [{ start, end: start + 'Tomas Arlen'.length, text: 'Tomas Arlen' }],
    };
    expect(casualties(text, { actors: [actor] })[0].actor).toBe('A4');
  });

  it('reads a name followed by how the person died', () => {
    expect(pairs(casualties('Marcus Delane, 41, was shot and killed outside his store.'))).toEqual([['killed', 1]]);
  });
});

describe('records', () => {
  it('keeps one record for a figure repeated in headline and body', () => {
    const text = '7 killed in highway pile-up\n\nSeven people were killed and 20 injured when a lorry hit stalled cars.';
    expect(pairs(casualties(text))).toEqual([['killed', 7], ['injured', 20]]);
  });

  it('keeps figures that add to earlier ones', () => {
    const text = 'Two people were killed on the bridge. Another two people died later in hospital.';
    expect(pairs(casualties(text))).toEqual([['killed', 2], ['killed', 2]]);
  });

  it('quotes the document text at its offsets', () => {
    const text = 'Rescuers said 18 workers were trapped and 6 were killed; some 400 residents were evacuated.';
    const found = casualties(text);
    expect(found.length).toBeGreaterThan(1);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe.skipIf(!hasShared)('seed article', () => {
  it('gives the approximate toll and the named victim', () => {
    const text = readFileSync(sharedPath('seeds', '000_d2e8e385f3c37c30.txt'), 'utf8');
    const found = casualties(text);
    expect(found.find((c) => c.count === 1300)).toMatchObject({ kind: 'killed', min: null, max: 1300, qualifier: 'approximate' });
    expect(found.find((c) => c.count === 1)).toMatchObject({ kind: 'killed', qualifier: 'exact' });
  });
});
