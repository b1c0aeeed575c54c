// Rule un-body, on wire-style sentences of my own: a UN body named in lower case by what it does.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const organizations = (text: string) =>
  extract(text, { refDate: '2025-04-08', explain: true, only: ['actors'] })
    .actors.filter((a) => a.type === 'organization' && a.rules?.includes('un-body'))
    .map((a) => ({ name: a.name, country: a.country }));

const appealActors = (text: string) => {
  const record = extract(text, { refDate: '2025-04-08', only: ['actors', 'appeals'] });
  return record.appeals.map((p) => record.actors.find((a) => a.id === p.actor)?.name);
};

describe('un-body', () => {
  it('reads "UN", "U.N." or "United Nations" and up to three words before a body noun as one organization', () => {
    expect(organizations('GENEVA (Reuters) - The U.N. human rights office said the evictions broke international law.')).toEqual([
      { name: 'U.N. human rights office', country: null },
    ]);
    expect(organizations("The United Nations children's agency said 40 schools had been damaged.")).toEqual([
      { name: "United Nations children's agency", country: null },
    ]);
  });

  it('gives the appeal to the body, not to the UN', () => {
    expect(appealActors('GENEVA (AP) - The UN refugee agency on Monday urged coastal states to take in the rescued migrants.')).toEqual([
      'UN refugee agency',
    ]);
  });

  it('leaves "the U.N. agency" and a capitalised body to the names they have', () => {
    expect(organizations('The U.N. agency said it would send more staff to the camps.')).toEqual([]);
    expect(organizations('The U.N. Security Council met behind closed doors on Friday.')).toEqual([]);
  });
});
