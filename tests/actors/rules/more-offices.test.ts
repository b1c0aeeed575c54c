// Offices beyond a government's front bench, and whose officials their holders are, on wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('offices before a name', () => {
  it('reads offices of cabinets, legislatures, courts and armies as titles, not as parts of the name', () => {
    const text =
      'Chief Cabinet Secretary Kenji Mori spoke on Monday. Senate Majority Leader Dan Pruitt said the bill would pass. ' +
      'Prosecutor General Oleg Sidorov opened a case, and Field Marshal Omar Haidari visited the front. ' +
      'Director-General Amina Diallo warned of the outbreak.';
    expect([person(text, 'Kenji Mori')?.title, person(text, 'Dan Pruitt')?.title, person(text, 'Oleg Sidorov')?.title]).toEqual([
      'Chief Cabinet Secretary',
      'Senate Majority Leader',
      'Prosecutor General',
    ]);
    expect([person(text, 'Omar Haidari')?.title, person(text, 'Amina Diallo')?.title]).toEqual(['Field Marshal', 'Director-General']);
  });
});

describe('dateline-home-country', () => {
  it('gives the dateline state to its officials, not to county officers, clergy or lawyers', () => {
    const text =
      'ROME (AP) — Interior Minister Paolo Verdi said on Monday that police were investigating. Sheriff Dale Cobb, ' +
      'Archbishop Luca Bruni and the family lawyer Marta Sala spoke later.';
    expect(person(text, 'Paolo Verdi')).toEqual({ title: 'Interior Minister', country: 'Italy', rules: ['capitalized-run', 'portfolio-title', 'person-cue', 'dateline-home-country'] });
    expect([person(text, 'Dale Cobb')?.country, person(text, 'Luca Bruni')?.country, person(text, 'Marta Sala')]).toEqual([
      null,
      null,
      { title: 'lawyer', country: null, rules: ['capitalized-run', 'person-cue'] },
    ]);
  });
});

describe('owner right before an office', () => {
  it('is no place closing the clause before it', () => {
    const text = 'The two men discussed the fighting in Sudan, spokesperson Nora Field said on Tuesday.';
    expect(person(text, 'Nora Field')).toEqual({ title: 'spokesperson', country: null, rules: ['capitalized-run', 'person-cue'] });
  });
});
