// Rule 'party-member': "a Democrat", "Republican lawmakers" describe, and name no one; sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const persons = (text: string) =>
  extract(text, { refDate: '2025-04-08', only: ['actors'] })
    .actors.filter((a) => a.type === 'person')
    .map((a) => ({ name: a.name, title: a.title }));

describe('party-member', () => {
  it('drops a party member\'s noun after an article or before a common noun', () => {
    expect(persons('State Rep. Carol Hines, a Democrat, said Republican lawmakers would block the bill.')).toEqual([
      { name: 'Carol Hines', title: 'State Rep.' },
    ]);
  });
});
