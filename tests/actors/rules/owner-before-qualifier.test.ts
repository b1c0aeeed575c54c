// Rule 'owner-before-qualifier': a state written before the lower-case words that qualify an office
// ("acting", "caretaker", "former") owns that office; sentences of my own.
import { describe, expect, it } from 'vitest';
import { personRecords as persons } from './helpers.js';

describe('owner-before-qualifier', () => {
  it('reads the owner across the qualifiers', () => {
    expect(persons("The vote was held on Sunday.\n\nNepal's caretaker Prime Minister Ram Adhikari said the count would resume.")).toEqual([
      { name: 'Ram Adhikari', title: 'caretaker Prime Minister', country: 'Nepal' },
    ]);
    expect(persons('The talks ended on Friday.\n\nThe Chilean former President Rosa Vidal said a deal was close.')).toEqual([
      { name: 'Rosa Vidal', title: 'former President', country: 'Chile' },
    ]);
  });

  it('takes no place set off by a comma', () => {
    expect(persons('In Malawi, acting President Joyce Banda said the fuel would arrive.')).toEqual([
      { name: 'Joyce Banda', title: 'acting President', country: null },
    ]);
  });
});
