import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../src/document/published/dateline.js';

/** [places, agency, month, day, year, the dateline's text] */
const read = (text: string) => {
  const found = readDateline(text, 0);
  return found && [found.dateline.places, found.dateline.agency, found.month, found.day, found.year, text.slice(found.span.start, found.span.end)];
};

describe('datelines, one rule each', () => {
  it.each([
    ['OSLO, March 3. /NTB/. The minister said.', [['OSLO'], 'NTB', 3, 3, null, 'OSLO, March 3. /NTB/.']],
    ['CAIRO, April 9 (MENA) -- Talks began.', [['CAIRO'], 'MENA', 4, 9, null, 'CAIRO, April 9 (MENA) --']],
    ['QUITO (Reuters) - The minister said.', [['QUITO'], 'Reuters', null, null, null, 'QUITO (Reuters) -']],
    ['LEIPZIG, Oct 2, 2024 (dpa) - The mayor said.', [['LEIPZIG'], 'dpa', 10, 2, 2024, 'LEIPZIG, Oct 2, 2024 (dpa) -']],
    ['LEIPZIG (dpa) - The mayor said.', [['LEIPZIG'], 'dpa', null, null, null, 'LEIPZIG (dpa) -']],
    ['HAZARD, Ky., Feb. 6 -- Rescuers dug.', [['HAZARD'], null, 2, 6, null, 'HAZARD, Ky., Feb. 6 --']],
    ['LUDIAN COUNTY (CHINA), Aug 4: Crews searched.', [['LUDIAN COUNTY'], null, 8, 4, null, 'LUDIAN COUNTY (CHINA), Aug 4:']],
    ['OSLO, June 6, 2025 /PRNewswire/ -- The company said.', [['OSLO'], 'PRNewswire', 6, 6, 2025, 'OSLO, June 6, 2025 /PRNewswire/ --']],
    ['NEW DELHI, MARCH 3: The minister said.', [['NEW DELHI'], null, 3, 3, null, 'NEW DELHI, MARCH 3:']],
    ['BERGEN, 3 SEPT (NTB) - The mayor said.', [['BERGEN'], 'NTB', 9, 3, null, 'BERGEN, 3 SEPT (NTB) -']],
    ['UPDATE FRIDAY, MARCH 7: Police named the man.', null],
  ])('caps-place: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('caps-place-date-undelimited', () => {
    expect(read('ANKARA June 8 Turkish officials said on Sunday.')).toEqual([['ANKARA'], null, 6, 8, null, 'ANKARA June 8']);
  });

  it.each([
    ['Kabul, June 30 (PTI) Afghan officials said.', [['Kabul'], 'PTI', 6, 30, null, 'Kabul, June 30 (PTI)']],
    ['Manila, Nov 2 (EFE) Rescuers said.', [['Manila'], 'EFE', 11, 2, null, 'Manila, Nov 2 (EFE)']],
    ['Dhaka, 7 March 2021 (BSS):  The premier said.', [['Dhaka'], 'BSS', 3, 7, 2021, 'Dhaka, 7 March 2021 (BSS):']],
    ['New Delhi, Mar 3: The visiting president said.', [['New Delhi'], null, 3, 3, null, 'New Delhi, Mar 3:']],
    ['Ottawa [Canada], May 5 (ANI): The minister said.', [['Ottawa'], 'ANI', 5, 5, null, 'Ottawa [Canada], May 5 (ANI):']],
    ['Washington D. C. [USA], Sept 1 (ANI): Officials said.', [['Washington D. C.'], 'ANI', 9, 1, null, 'Washington D. C. [USA], Sept 1 (ANI):']],
  ])('titlecase-place: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['June 6 (Reuters) - Talks began.', [[], 'Reuters', 6, 6, null, 'June 6 (Reuters) -']],
    ['19 July 2023 — The agency said aid was short.', [[], null, 7, 19, 2023, '19 July 2023 —']],
    ['March 2, 2024 (NAIROBI) – Police said.', [['NAIROBI'], null, 3, 2, 2024, 'March 2, 2024 (NAIROBI) –']],
  ])('date-first: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('agency-after-date', () => {
    expect(read('Tbilisi, March 12, GEOPRESS\n\nThe two presidents spoke.')).toEqual([['Tbilisi'], 'GEOPRESS', 3, 12, null, 'Tbilisi, March 12, GEOPRESS']);
  });

  it('finds a dateline below the headline', () => {
    expect(read('Storm kills four in the south\n\nLIMA, Jan 5 (AP) -- Rescuers said.')?.[5]).toBe('LIMA, Jan 5 (AP) --');
  });

  it.each([
    'BREAKING NEWS FROM THE CAPITAL AND ELSEWHERE TODAY - details follow.',
    'Putin, Xi and the new order\n\nThe two leaders met.',
    'Paris, a city of light, welcomed the delegates.',
    'Madrid: The government said.',
    'FILE PHOTO: The minister speaks in the capital.',
    'June 6 - a date the town remembers.',
    'June 6 was a quiet day in the capital.',
  ])('does not take a headline or prose for a dateline: %s', (text) => {
    expect(read(text)).toBeNull();
  });
});
