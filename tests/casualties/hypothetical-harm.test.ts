// hypothetical-harm: a base-form casualty verb after a modal or a threat is what may happen, not a figure.
import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

describe('hypothetical-harm', () => {
  it('drops figures that could, would or were threatened to be harmed', () => {
    expect(figures('Forecasters warned the storm could kill hundreds of people if residents ignored evacuation orders.')).toEqual([]);
    expect(figures('The kidnappers threatened to kill 20 hostages unless a ransom was paid.')).toEqual([]);
    expect(figures('The attacker could have killed dozens had the guard not stopped him.')).toEqual([]);
    expect(figures('Experts said a quake of that size would kill thousands in the capital.')).toEqual([]);
  });

  it('keeps what did happen', () => {
    expect(figures('The gunman went on to kill three more people before police shot him.')).toEqual([['killed', 3]]);
    expect(figures('The storm could have been worse; it killed 12 people.')).toEqual([['killed', 12]]);
  });
});
