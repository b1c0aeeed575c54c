// identified-the-dead: the naming verb before the dead ("Police identified the dead as ...") lists one figure per person.
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

describe('identified-the-dead', () => {
  it('counts each person named after "identified the dead as"', () => {
    const found = casualties('Police identified the dead as Marcus Hill, Teresa Ochoa and Daniel Brandt.');
    expect(found.map((c) => [c.kind, c.count, c.victims, c.rules])).toEqual([
      ['killed', 1, 'Marcus Hill', ['victim-list', 'identified-the-dead']],
      ['killed', 1, 'Teresa Ochoa', ['victim-list', 'identified-the-dead']],
      ['killed', 1, 'Daniel Brandt', ['victim-list', 'identified-the-dead']],
    ]);
  });

  it('reads "named those killed as" with ages after the names', () => {
    expect(figures('The coroner named those killed as Lena Park, 31, and Owen Castillo, 44.')).toEqual([
      ['killed', 1],
      ['killed', 1],
    ]);
  });

  it('reads the passive "were named as"', () => {
    expect(figures('The dead were named as Ivan Petrov and Sergei Orlov.')).toEqual([
      ['killed', 1],
      ['killed', 1],
    ]);
  });

  it('needs the dead as the object, not the victims (who may be wounded)', () => {
    expect(figures('Police identified the suspect as Kevin Marsh.')).toEqual([]);
    expect(figures('Police identified the victim as Andre Wills.')).toEqual([]);
    expect(figures('The party named the minister as its candidate.')).toEqual([]);
  });
});
