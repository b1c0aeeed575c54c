// Aid and rights groups that speak and appeal in wire copy, known by name (src/lexicon/organizations.ts):
// names with a verb or a preposition inside ("Watch", "Without") are no run of capitals compromise keeps whole.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const actorsOf = (text: string) => extract(text, { refDate: '2025-04-08', only: ['actors'] }).actors.map((a) => [a.name, a.type]);

describe('aid and rights groups known by name', () => {
  it('reads them whole, as organizations', () => {
    expect(actorsOf('Human Rights Watch urged the authorities to free the reporters.')).toEqual([['Human Rights Watch', 'organization']]);
    expect(actorsOf('Doctors Without Borders said its clinic was hit twice.')).toEqual([['Doctors Without Borders', 'organization']]);
    expect(actorsOf('Save the Children called for safe passage for families.')).toEqual([['Save the Children', 'organization']]);
  });
});
