// The office holders of Security Council members outside the G20, looked up by name and date.
import { describe, expect, it } from 'vitest';
import { officeHolder } from '../../../src/extract/actors/office-holders.js';

describe('office-holder: Security Council members outside the G20', () => {
  it('finds a holder by full name, by another spelling and by the one name they are called by, within the term', () => {
    expect(officeHolder('Bashar al-Assad', 2017)).toEqual({ country: 'Syria', office: 'President' });
    expect(officeHolder('Volodymyr Zelenskyy', 2023)).toEqual({ country: 'Ukraine', office: 'President' });
    expect(officeHolder('Morsi', 2012)).toEqual({ country: 'Egypt', office: 'President' });
    expect(officeHolder('Sharif', 2015)).toEqual({ country: 'Pakistan', office: 'Prime Minister' });
  });

  it('gives nothing long after the term', () => {
    expect(officeHolder('Morsi', 2020)).toBeNull();
    expect(officeHolder('Poroshenko', 2022)).toBeNull();
  });
});
