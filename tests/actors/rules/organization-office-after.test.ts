// Appositions whose office a named body owns: rules organization-office-after and
// organization-then-office, on sentences of my own.
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';
import { extract } from '../../../src/index.js';

describe('organization-office-after', () => {
  it('reads the office after a multi-word body, and gives the person no state', () => {
    expect(person('GENEVA, May 5 (Reuters) - Ana Lopes, the International Rescue Committee spokeswoman, said on Monday that stocks were low.', 'Ana Lopes')).toEqual({
      title: 'spokeswoman',
      country: null,
      rules: ['capitalized-run', 'organization-office-after', 'stateless-owner', 'person-cue'],
    });
  });

  it('reads a body known by its acronym after "a"', () => {
    expect(person('GENEVA, May 5 (Reuters) - Dr. Paul Mensah, a WHO spokesman, told reporters the virus had spread.', 'Paul Mensah')).toEqual({
      title: 'spokesman',
      country: null,
      rules: ['capitalized-run', 'organization-office-after', 'stateless-owner', 'person-cue'],
    });
  });

  it("takes the state from a state's organ after \"an\"", () => {
    expect(person('CAIRO, May 5 (Reuters) - Omar Nabil, an Egyptian foreign ministry spokesman, said the envoy had left.', 'Omar Nabil')).toEqual({
      title: 'spokesman',
      country: 'Egypt',
      rules: ['capitalized-run', 'organization-office-after', 'person-cue'],
    });
  });

  it('reads an office closed by a comma without a determiner', () => {
    expect(person('Lina Haddad, U.N. Special Envoy, said aid trucks were waiting at the crossing.', 'Lina Haddad')?.title).toBe('Special Envoy');
  });

  it('leaves an office that a name follows to that name', () => {
    const text = 'The meeting drew Ana Lopes, U.N. envoy Tom Berg and others.';
    expect(person(text, 'Ana Lopes')?.title).toBe(null);
    expect(person(text, 'Tom Berg')?.title).toBe('envoy');
  });
});

describe('organization-then-office', () => {
  it('cuts a known body from the office after it, so no organization takes the office into its name', () => {
    const doc = extract('NEW YORK, May 5 (Reuters) - Maria Costa, the United Nations Secretary-General, said the vote was a step forward.', { refDate: '2025-05-05', only: ['actors'] });
    expect(doc.actors.map((a) => [a.type, a.name, a.title])).toEqual([['person', 'Maria Costa', 'Secretary-General']]);
  });
});

describe('organization-office-after complements', () => {
  it('keeps what the office is for, up to the comma, in the title', () => {
    expect(person('Talks will resume next week, Karl Berg, the U.N. special envoy for Yemen, told reporters on Friday.', 'Karl Berg')?.title).toBe('special envoy for Yemen');
  });
});
