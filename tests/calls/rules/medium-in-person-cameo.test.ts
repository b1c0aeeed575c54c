// Rule medium-in-person-cameo: talks held on a visit or a summit's sidelines were held in person.
import { describe, expect, it } from 'vitest';
import { callsIn, MENDES, ROTH } from './helpers.js';

describe('medium-in-person-cameo', () => {
  it('reads discussions on a visit as in person', () => {
    const found = callsIn('Roth held discussions with Mendes during her state visit to Brazil.', [ROTH, MENDES]);
    expect(found).toEqual([
      {
        parties: ['Anna Roth', 'Carlos Mendes'],
        medium: 'in-person',
        cameo: '042',
        date: null,
        rules: ['conversation', 'object-with', 'object-people', 'subject-clause', 'cameo-visit', 'medium-in-person-cameo'],
      },
    ]);
  });
  it('keeps a phone call a phone call', () => {
    const found = callsIn('Roth spoke by phone with Mendes during her visit to Chile.', [ROTH, MENDES]);
    expect(found.map((c) => [c.medium, c.cameo])).toEqual([['phone', '041']]);
  });
});
