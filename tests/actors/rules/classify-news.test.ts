// One case per classification rule of the news profile: the rule that reads the candidate, and its reading.
import { describe, expect, it } from 'vitest';
import { NEWS_CLASSIFY_RULES } from '../../../src/extract/actors/rules/classify-news.js';
import { classifyIn } from './helpers.js';

const none = { type: 'none' };
const person = (name: string, country: string | null = null) => ({ type: 'person', name, country });
const place = (name: string) => ({ type: 'place', name, country: null });
const organization = (name: string, country: string | null = null) => ({ type: 'organization', name, country });

const CASES: Array<[rule: string, text: string, words: string, reading: object]> = [
  ['news-outlet', 'The minister spoke to Al Jazeera on Monday.', 'Al Jazeera', none],
  ['news-agency-name', 'The report was carried by the Varnok News Agency on Monday.', 'Varnok News Agency', none],
  ['regional-affiliate', 'Officials blamed al-Qaida in Iraq for the blast.', 'al-Qaida in Iraq', organization('al-Qaida in Iraq')],
  ['country-name', 'Officials in Lisbon said Portugal would send aid.', 'Portugal', { type: 'country', name: 'Portugal', country: null }],
  ['nationality-word', 'The talks were held in private, and Norwegians watched closely.', 'Norwegians', none],
  ['known-organization', 'Officials said NATO would meet on Friday.', 'NATO', { type: 'organization', name: 'NATO', country: null, key: 'North Atlantic Treaty Organization' }],
  ['armed-service', 'Rescuers and the Army reached the village on Monday.', 'Army', organization('Army')],
  ['bare-organization-noun', 'Unions met the Council on Monday.', 'Council', none],
  ['organization-word', 'A statement from the Harwell Fisheries Authority followed on Monday.', 'Harwell Fisheries Authority', organization('Harwell Fisheries Authority')],
  ['defined-acronym', "The Coastal Fisheries Board (CFB) said on Monday that CFB inspectors had left.", 'CFB', { ...organization('CFB'), key: 'defined:coastal fisheries board' }],
  ['defined-acronym', 'The Office for the Relief of Flood Victims (ORFV) said 300 homes were lost.', 'Office for the Relief of Flood Victims', { ...organization('Office for the Relief of Flood Victims'), key: 'defined:office for the relief of flood victims' }],
  ['named-after-person', 'Traffic was halted on Martin Luther King Jr. Boulevard for an hour.', 'Martin Luther King Jr. Boulevard', place('Martin Luther King Jr. Boulevard')],
  ['facility-name', 'The wounded were taken to the Lady Marwick Hospital overnight.', 'Marwick Hospital', place('Marwick Hospital')],
  ['vehicle-make', 'The bomb was hidden in a Kia pickup truck.', 'Kia', { type: 'none' }],
  ['person-cue', 'The plan was backed by Mr Dalvo Penn on Monday.', 'Dalvo Penn', person('Dalvo Penn')],
  ['settlement-of', 'A resident of Kovra Dunel said the well had run dry.', 'Kovra Dunel', place('Kovra Dunel')],
  ['hometown-after-age', 'The driver, Lena Ortiz, 31, of Hartwell, was treated at the scene.', 'Hartwell', place('Hartwell')],
  ['place-before-noun', 'Shoppers fled the Dorvak Vell market after the blast.', 'Dorvak Vell', place('Dorvak Vell')],
  ['town-comma-region', 'The rally was held in Maple Grove, Minnesota, on Monday.', 'Maple Grove', place('Maple Grove')],
  ['initial-and-surname', 'The motion was tabled by K. Marrow late on Monday.', 'K. Marrow', person('K. Marrow')],
  ['known-place', 'The convoy left for Kandahar on Monday morning.', 'Kandahar', place('Kandahar')],
  ['bare-office', 'The speech was given by the Prime Minister on Monday.', 'Prime Minister', none],
  ['event-name', 'Leaders gathered for the Lisbon Summit this week.', 'Lisbon Summit', none],
  ['media-name', 'The clip was aired by Coastline Radio on Monday.', 'Coastline Radio', none],
  ['dateline-place', 'Prices rose on Monday in the north of the country.\nBRAVOK, Ostrava, said in a note that prices fell.', 'BRAVOK', place('BRAVOK')],
  ['storm-or-suffix', 'Residents fled as Typhoon Karvel moved inland.', 'Typhoon Karvel', none],
  ['sentence-opening-common-word', 'The vote was close. Attendance was low at the hall.', 'Attendance', none],
  ['company-cue', 'Analysts said carmaker Halvorsen Motors would cut jobs.', 'Halvorsen Motors', organization('Halvorsen Motors')],
  ['person-tag', 'Residents said Michael Trevin had left the town.', 'Michael Trevin', person('Michael Trevin')],
  ['after-place-preposition', 'Rain fell overnight on the hills near Obrevo on Monday.', 'Obrevo', place('Obrevo')],
  ['lone-common-word', 'The town, a Catholic stronghold, voted on Monday.', 'Catholic', none],
  ['organization-tag', 'Analysts expect Microsoft to report gains.', 'Microsoft', organization('Microsoft')],
  ['direction-place', 'Floods hit villages across Upper Kavrana on Monday.', 'Upper Kavrana', place('Upper Kavrana')],
  ['place-tag', 'Lawmakers said Tasmania would vote again.', 'Tasmania', place('Tasmania')],
  ['acting-acronym', 'Police said the vote was fair, ZRK announced.', 'ZRK', organization('ZRK')],
  ['common-words', 'Winners of the Golden Harvest prize were named on Monday.', 'Golden Harvest', none],
  ['ends-in-common-word', 'Protesters filled Zorvath Square on Monday.', 'Zorvath Square', none],
  ['lone-name-speaks', 'The talks ended. Officials met, and Zorvathi said the deal was fair.', 'Zorvathi', person('Zorvathi')],
  ['office-holder-name', 'The envoy later spoke to Zelenskiy by phone.', 'Zelenskiy', person('Zelenskiy')],
  ['lone-unknown-word', 'The deal was signed by Zorvathi on Monday.', 'Zorvathi', none],
  ['unexplained-run', 'The deal was signed by Zorvath Kellimo on Monday.', 'Zorvath Kellimo', person('Zorvath Kellimo')],
];

describe('classification rules (news profile)', () => {
  it.each(CASES)('%s: %s', (rule, text, words, reading) => {
    expect(classifyIn(text, words)).toEqual({ rule, reading });
  });

  it('has a case for every rule', () => {
    expect(new Set(CASES.map(([rule]) => rule))).toEqual(new Set(NEWS_CLASSIFY_RULES.map((r) => r.id)));
  });
});
