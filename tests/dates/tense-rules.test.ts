import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

// Reference: Tuesday 10 March 2026.
describe('tense of the clause around a month or weekday', () => {
  it('takes the tense from the nearest marker before the mention', () => {
    expect(summary('Shares will recover strongly in August, traders said.')).toContain('August → DATE 2026-08');
  });

  it('reads a participle after "be" by the auxiliary before it', () => {
    expect(summary('The launch will be delayed until December.')).toContain('December → DATE 2026-12');
  });

  it('reads "agreed to" as looking ahead', () => {
    expect(summary('The company agreed to sell the plant in January.')).toContain('January → DATE 2027-01');
  });

  it('keeps "this September" in the reference year whatever the tense', () => {
    expect(summary('Officials confirmed that the summit takes place this September.')).toContain('this September → DATE 2026-09');
  });

  it('puts a possessive weekday in the past even in a future clause', () => {
    expect(summary('Lawyers for the mayor will appeal Monday\'s verdict.')).toContain('Monday → DATE 2026-03-09');
    expect(summary('The mayor will speak on Monday.')).toContain('Monday → DATE 2026-03-16');
  });

  it('puts a possessive weekday with a part of the day in the past too', () => {
    expect(summary('Detectives will question a second man about Friday night\'s shooting.')).toEqual(['Friday night → DATE 2026-03-06TNI']);
    expect(summary('Police may search the house used in Sunday morning’s raid.')).toEqual(['Sunday morning → TIME 2026-03-08TMO']);
  });
});

describe('periods anchored on the date last mentioned', () => {
  it('counts "the following year" and "that year" from the last year named', () => {
    const found = summary('The dam was finished in 2011. The following year the river flooded, and later that year the town moved.');
    expect(found).toContain('The following year → DATE 2012');
    expect(found).toContain('later that year → DATE 2012');
  });

  it('counts "the previous month" from the last month named', () => {
    expect(summary('Exports fell in June 2019, after a rise the previous month.')).toContain('the previous month → DATE 2019-05');
  });

  it('keeps the reference when nothing was named before', () => {
    expect(summary('The following year brought more unrest.')).toContain('The following year → DATE 2027');
  });
});

describe('future-looking cues whatever the tense of the verb', () => {
  it('reads a deferral "until" as looking ahead', () => {
    expect(summary('The court postponed until Thursday its ruling on the appeal.')).toEqual(['Thursday → DATE 2026-03-12']);
    expect(summary('Officials extended the deadline for the rebels until Friday.')).toEqual(['Friday → DATE 2026-03-13']);
    expect(summary('The talks lasted until Friday.')).toEqual(['Friday → DATE 2026-03-06']);
  });

  it('reads what is planned as ahead, but not "as planned" or a name', () => {
    expect(summary('Opposition groups planned a march in the capital on Saturday.')).toEqual(['Saturday → DATE 2026-03-14']);
    expect(summary('The union is planning on a strike Friday.')).toEqual(['Friday → DATE 2026-03-13']);
    expect(summary('A vigil is planned for Sunday evening.')).toEqual(['Sunday evening → TIME 2026-03-15TEV']);
    expect(summary('The parade went ahead as planned on Saturday.')).toEqual(['Saturday → DATE 2026-03-07']);
    expect(summary('The clinic, run by Planned Parenthood, reopened on Saturday.')).toEqual(['Saturday → DATE 2026-03-07']);
  });
});

describe('an -ed word after a determiner', () => {
  it('is an adjective that sets no past tense', () => {
    expect(summary('The dividend would be paid on a still unspecified date in January.')).toEqual(['January → DATE 2027-01']);
    expect(summary('The board approved the merger in January.')).toEqual(['January → DATE 2026-01']);
  });
});
