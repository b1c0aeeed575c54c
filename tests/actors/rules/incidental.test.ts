// Organizations named only in passing (rules in actors/incidental.ts); wire-style sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const organizations = (text: string) =>
  extract(text, { refDate: '2025-04-08', only: ['actors'] })
    .actors.filter((a) => a.type === 'organization')
    .map((a) => a.name);

describe('employer-of-named-holder', () => {
  it('drops a body named only as the employer of an office holder named after it', () => {
    expect(organizations('Kremlin spokesman Yuri Orlov said on Monday that no date had been set.')).toEqual([]);
    expect(organizations('Port Authority chairperson Maria Lenz told reporters the terminal would reopen.')).toEqual([]);
  });

  it('drops a body that owns an office written before it and its holder after it', () => {
    expect(organizations('The premier also met President of the Regional Council Anton Weiss on Tuesday.')).toEqual([]);
  });

  it('keeps the body when its spokesman is not named', () => {
    expect(organizations('A Kremlin spokesman said on Monday that no date had been set.')).toEqual(['Kremlin']);
  });

  it('keeps the body when another mention acts', () => {
    const text = 'Kremlin spokesman Yuri Orlov declined to comment. The Kremlin said later that talks would go on.';
    expect(organizations(text)).toEqual(['Kremlin']);
  });
});

describe('located-only and modifier-only', () => {
  it('drops a body named only as a place or as the modifier of an event', () => {
    expect(organizations('The minister flew back to the Pentagon after the NATO summit in Vilnius.')).toEqual([]);
  });
});
