// Rule object-bare-gerund: "after meeting X": the gerund takes its party straight after it; its subject is the main clause's.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('object-bare-gerund', () => {
  it("reads \"..., after meeting X on Wednesday\"", () => {
    const found = callsIn('Roth flew home on Thursday, after meeting Mendes on Wednesday.', [ROTH, MENDES], [
      { text: 'Thursday', value: '2031-05-01' },
      { text: 'Wednesday', value: '2031-04-30' },
    ]);
    expect(found).toEqual([
      { parties: ['Anna Roth', 'Carlos Mendes'], medium: 'in-person', cameo: '040', date: '2031-04-30', rules: ['met', 'object-bare-gerund', 'object-people', 'subject-of-main-clause'] },
    ]);
  });
});
