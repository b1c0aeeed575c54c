// Rules subject-office-appositive, object-office-appositive: a name inside ", Minister of ... of Y,"
// after a person is part of the office, not a party.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH } from './helpers.js';

const BUREAU = { type: 'person' as const, name: 'Bureau', forms: ['Bureau'] };

describe('subject-office-appositive', () => {
  it('drops a word of the office read as a name', () => {
    const found = callsIn(
      'Anna Roth, Head of the Planning Bureau of Germany, received a phone call from Carlos Mendes.',
      [ROTH, MENDES, BUREAU, country('Germany')],
    );
    expect(found).toEqual([
      {
        parties: ['Anna Roth', 'Carlos Mendes'],
        medium: 'phone',
        cameo: '041',
        date: null,
        rules: ['phone-call', 'object-from', 'object-people', 'subject-office-appositive', 'subject-clause', 'cameo-remote'],
      },
    ]);
  });
  it('keeps a person named after an office in a list', () => {
    const found = callsIn('Roth met Brazilian Trade Minister Carlos Mendes, Head of State Ken Sato and others.', [
      ROTH,
      MENDES,
      { type: 'person', name: 'Ken Sato', forms: ['Ken Sato'] },
    ]);
    expect(found.map((c) => c.parties)).toEqual([
      ['Anna Roth', 'Carlos Mendes'],
      ['Anna Roth', 'Ken Sato'],
    ]);
  });
});

describe('object-office-appositive', () => {
  it('drops the office word after the other party', () => {
    const found = callsIn('Roth held talks with Carlos Mendes, Director of the Bureau of Customs, in Lisbon.', [ROTH, MENDES, BUREAU]);
    expect(found.map((c) => [c.parties, c.rules])).toEqual([
      [['Anna Roth', 'Carlos Mendes'], ['talks', 'object-with', 'object-people', 'object-office-appositive', 'subject-clause']],
    ]);
  });
});
