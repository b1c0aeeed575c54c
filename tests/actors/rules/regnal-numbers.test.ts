// Regnal numbers close a monarch's or pope's name like a generational suffix (rule 'name-suffix'):
// my own wire-style sentences.
import { describe, expect, it } from 'vitest';
import { isNameSuffix } from '../../../src/text/name-suffix.js';
import { personRecords } from './helpers.js';

describe('regnal numbers', () => {
  it('keeps the number in the name of a pope or a king', () => {
    expect(personRecords("Pope Leo XIV called for a ceasefire during his Sunday address.")).toEqual([{ name: 'Leo XIV', title: 'Pope', country: null }]);
    expect(personRecords('King Felipe VI opened the new session of parliament in Madrid.')).toEqual([{ name: 'Felipe VI', title: 'King', country: null }]);
  });

  it('merges the bare given name later with the numbered name', () => {
    expect(personRecords('Pope Gregory XVI arrived in Lisbon on Friday. Gregory said the church would help the refugees.')).toEqual([
      { name: 'Gregory XVI', title: 'Pope', country: null },
    ]);
  });

  it('reads a number only in capitals', () => {
    expect([isNameSuffix('XIV'), isNameSuffix('Xi'), isNameSuffix('Vi')]).toEqual([true, false, false]);
  });
});
