// Rule 'demonym-opening': a nationality word the tagger reads as a verb ("Polish") opening a
// sentence before an office still names the office's country; sentences of my own.
import { describe, expect, it } from 'vitest';
import { personRecords as persons } from './helpers.js';

describe('demonym-opening', () => {
  it('reads the country of an office after a sentence-opening nationality word', () => {
    expect(persons('The vote was close.\n\nPolish Defence Minister Tomasz Wrona said on Monday the army would buy more tanks.')).toEqual([
      { name: 'Tomasz Wrona', title: 'Defence Minister', country: 'Poland' },
    ]);
  });

  it('needs an office after the word', () => {
    expect(persons('The hall was ready.\n\nPolish officials said on Monday that Anna Kowal would attend.')).toEqual([
      { name: 'Anna Kowal', title: null, country: null },
    ]);
  });
});
