// Rule speech-by-medium: "told Y by phone", "addressed Y via video link": speech is a call only with a medium cue.
import { describe, expect, it } from 'vitest';
import { callsIn, country, MENDES, ROTH, SATO } from './helpers.js';

describe('speech-by-medium', () => {
  it("reads \"told X by phone\"", () => {
    const found = callsIn('Roth told Mendes by phone on Tuesday that the deal stood.', [ROTH, MENDES], [{ text: 'Tuesday', value: '2031-05-06' }]);
    expect(found).toEqual([{ parties: ['Anna Roth', 'Carlos Mendes'], medium: 'phone', cameo: '041', date: '2031-05-06', rules: ['speech-by-medium', 'object-bare', 'object-people', 'subject-clause', 'cameo-remote'] }]);
  });
  it("leaves \"told\" without a medium alone", () => {
    expect(callsIn('Roth told Mendes that the deal stood.', [ROTH, MENDES])).toEqual([]);
  });
});
