// Rule 'office-of-one-word': the one word after "<office> of" that closes the run names whose office
// it is, not its holder; sentences of my own.
import { describe, expect, it } from 'vitest';
import { personRecords as persons } from './helpers.js';

describe('office-of-one-word', () => {
  it('takes no person from the body after an office and "of"', () => {
    expect(persons('Dana Whitfield, the CEO of Larkspur, said the plant would close.')).toEqual([{ name: 'Dana Whitfield', title: 'CEO', country: null }]);
    expect(persons('The Chairman of Brightwater, Omar Haddad, told shareholders the merger was off.')).toEqual([
      { name: 'Omar Haddad', title: 'Chairman of Brightwater', country: null },
    ]);
  });

  it('still reads a holder after a country', () => {
    expect(persons('Prime Minister of Canada Justin Trudeau said Ottawa would respond.')).toEqual([
      { name: 'Justin Trudeau', title: 'Prime Minister', country: 'Canada' },
    ]);
  });
});
