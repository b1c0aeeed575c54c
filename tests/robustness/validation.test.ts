// The library checks what it is given: a string to read, real calendar dates; and --only keeps
// the actors that the kept records point at.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const CALL = 'BERLIN - German Chancellor Anna Roth held a phone call with Brazilian President Carlos Mendes on Tuesday, her office said.';
const APPEAL = 'Foreign Minister Ken Sato urged both sides to return to talks.';

describe('extract() arguments', () => {
  it.each([[null], [undefined], [42], [{ text: 'x' }]])('throws a TypeError that says what it wants for %j', (text) => {
    expect(() => extract(text as unknown as string)).toThrow(TypeError);
    expect(() => extract(text as unknown as string)).toThrow(/extract\(text\): text must be a string/);
  });

  it.each(['2024-02-30', '2024-13-01', 'tomorrow', '1714953600'])('rejects refDate %j', (refDate) => {
    expect(() => extract(CALL, { refDate })).toThrow(RangeError);
    expect(() => extract(CALL, { refDate })).toThrow(`refDate: "${refDate}" is not a calendar date in the form YYYY-MM-DD`);
  });

  it('takes a real date', () => {
    expect(extract(CALL, { refDate: '2024-02-29' }).referenceDate).toBe('2024-02-29');
  });
});

describe('--only keeps the actors that kept records refer to', () => {
  it('for calls', () => {
    const record = extract(CALL, { only: ['calls'], refDate: '2031-05-08' });
    expect(record.calls).toHaveLength(1);
    const ids = record.actors.map((a) => a.id);
    expect(ids).toEqual(record.calls[0].participants);
    expect(record.actors.map((a) => a.name)).toEqual(['Anna Roth', 'Carlos Mendes']);
  });

  it('for appeals', () => {
    const record = extract(`${CALL}\n\n${APPEAL}`, { only: ['appeals'], refDate: '2031-05-08' });
    expect(record.appeals).toHaveLength(1);
    expect(record.actors.map((a) => [a.id, a.name])).toEqual([[record.appeals[0].actor, 'Ken Sato']]);
  });

  it('and no others', () => {
    expect(extract(CALL, { only: ['dates'], refDate: '2031-05-08' }).actors).toEqual([]);
  });
});
