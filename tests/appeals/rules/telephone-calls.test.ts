// Veto telephone-calls: calls counted, missed or received are telephone calls, not appeals.
import { describe, expect, it } from 'vitest';
import { appealsIn, MENDES, ROTH } from './helpers.js';

describe('telephone-calls', () => {
  it('rejects missed calls from someone', () => {
    expect(appealsIn('When she woke, Roth found six missed calls from Mendes.', [ROTH, MENDES])).toEqual([]);
  });
  it('rejects calls counted by street', () => {
    expect(appealsIn('Police logged 40 calls from Mendes Avenue last year.', [MENDES])).toEqual([]);
  });
  it('rejects emergency calls for shots fired', () => {
    expect(appealsIn('Officers answered several calls for shots fired near the home of Carlos Mendes.', [MENDES])).toEqual([]);
  });
});
