// Rule organization-name for an office's own body: "Office of the Chief Medical Examiner" names the
// office that serves the holder, not a person holding "Chief".
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const actors = (text: string) =>
  extract(text, { refDate: '2025-04-08', explain: true, only: ['actors'] }).actors.map((a) => ({ type: a.type, name: a.name, title: a.title, rules: a.rules }));

describe('organization-name: an office whole after "Office of"', () => {
  it('reads "Office of the Chief Medical Examiner" as one organization', () => {
    expect(actors('An autopsy by the Office of the Chief Medical Examiner is due next week.')).toEqual([
      { type: 'organization', name: 'Office of the Chief Medical Examiner', title: null, rules: ['organization-name', 'organization-word'] },
    ]);
  });

  it("still reads a holder named after an office inside a body's name", () => {
    expect(actors('The Reserve Bank of India Governor Ivan Petrov cut rates.').map((a) => [a.type, a.name, a.title])).toEqual([
      ['person', 'Ivan Petrov', 'Governor'],
    ]);
  });
});
