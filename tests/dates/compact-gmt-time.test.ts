import { describe, expect, it } from 'vitest';
import { summary } from './helpers.js';

describe('24-hour-time without a separator, before GMT or UTC', () => {
  it('reads "0600 GMT" as a clock time on the reference day', () => {
    expect(summary('The truce was due to begin at 0600 GMT, the army said.')).toEqual(['0600 GMT → TIME 2026-03-10T06:00']);
  });

  it('dates it from the day named after it', () => {
    expect(summary('The ceasefire took effect at 0600 GMT on Sunday.')).toEqual(['0600 GMT → TIME 2026-03-08T06:00', 'Sunday → DATE 2026-03-08']);
    expect(summary('Polls open at 2300 UTC Thursday.')).toEqual(['2300 UTC Thursday → TIME 2026-03-12T23:00']);
  });

  it('leaves four digits with no world zone, the converted time in brackets, and a year before an initialism alone', () => {
    expect(summary('Flight 0600 EST was cancelled, stranding hundreds.')).toEqual([]);
    expect(summary('The ferry left at 6 p.m. (1500 GMT) and sank.')).toEqual(['6 p.m. → TIME 2026-03-10T18:00']);
    expect(summary('The gunman, a 2012 UTC graduate, was killed.')).toEqual([]);
  });
});
