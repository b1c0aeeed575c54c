// Office words this session's wire-copy probes found read short: "top" qualifies an office
// ("China's top diplomat"), and "External Affairs" and "Home" name portfolios (India's "External
// Affairs Minister", "Home Minister").
import { describe, expect, it } from 'vitest';
import { person } from './helpers.js';

describe('top-office', () => {
  it('keeps "top" with the office after a name', () => {
    const text = 'BEIJING (Reuters) - Liu Wen, China\'s top diplomat, met the delegation on Monday.';
    expect(person(text, 'Liu Wen')?.title).toEqual('top diplomat');
  });
});

describe('external-and-home-portfolios', () => {
  it('reads "External Affairs Minister" and "Home Minister" whole', () => {
    const text = 'NEW DELHI (Reuters) - External Affairs Minister Ravi Menon and Home Minister Arjun Rao spoke on Monday.';
    expect([person(text, 'Ravi Menon'), person(text, 'Arjun Rao')].map((p) => [p?.title, p?.country])).toEqual([
      ['External Affairs Minister', 'India'],
      ['Home Minister', 'India'],
    ]);
  });
});
