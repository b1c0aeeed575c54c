// Organization names: short forms, observatories, charters; wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const organizations = (text: string) =>
  extract(text, { refDate: '2025-04-08', explain: true, only: ['actors'] })
    .actors.filter((a) => a.type === 'organization')
    .map((a) => ({ name: a.name, aliases: a.aliases, rules: a.rules }));

describe('organization-short-form', () => {
  it('joins the first words of a name, cut before "for", to the full name told earlier', () => {
    const text =
      'The Yemeni Observatory for Civil Rights said 12 people died. Later the Yemeni Observatory said the toll had risen.';
    expect(organizations(text)).toEqual([
      {
        name: 'Yemeni Observatory for Civil Rights',
        aliases: ['Yemeni Observatory'],
        rules: ['capitalized-run', 'organization-tag', 'merge-mentions', 'organization-name', 'organization-word', 'organization-short-form'],
      },
    ]);
  });
});

describe('event-name', () => {
  it('reads a charter or a declaration as a document, not an organization', () => {
    expect(organizations('The envoy said the move broke the UN Charter and the Helsinki Declaration.')).toEqual([]);
  });
});
