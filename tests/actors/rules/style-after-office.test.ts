// Rule style-after-office: a rank or style written after the office ("Supreme Leader Ayatollah X",
// "Foreign Minister Prince Y", "Emir Sheikh Z") is neither the title nor part of the name; a style
// alone is still the title ("Grand Ayatollah X").
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const people = (text: string) =>
  extract(text, { refDate: '2025-04-08', only: ['actors'] })
    .actors.filter((a) => a.type === 'person')
    .map((a) => [a.name, a.title, a.country]);

describe('style-after-office', () => {
  it('drops a religious style after the office', () => {
    const text = "TEHRAN (Reuters) - Iran's Supreme Leader Ayatollah Hassan Karimi said on Monday the talks had failed.";
    expect(people(text)).toEqual([['Hassan Karimi', 'Supreme Leader', 'Iran']]);
  });
  it('drops a royal style after a minister\'s office', () => {
    const text = 'RIYADH (Reuters) - Saudi Foreign Minister Prince Khalid bin Fahd met the envoy on Monday.';
    expect(people(text)).toEqual([['Khalid bin Fahd', 'Foreign Minister', 'Saudi Arabia']]);
  });
  it('drops "Sheikh" after a ruler\'s office', () => {
    const text = "DOHA (Reuters) - Kuwait's Emir Sheikh Nasser al-Sabah received the delegation on Monday.";
    expect(people(text)).toEqual([['Nasser al-Sabah', 'Emir', 'Kuwait']]);
  });
  it('keeps a style before a single name as part of it', () => {
    const text = 'DHAKA (Reuters) - Prime Minister Sheikh Rahima spoke to reporters on Monday.';
    expect(people(text)).toEqual([['Sheikh Rahima', 'Prime Minister', 'Bangladesh']]);
  });
  it('keeps a style alone as the title', () => {
    const text = 'NAJAF (Reuters) - Grand Ayatollah Hassan Karimi urged calm on Monday.';
    expect(people(text)).toEqual([['Hassan Karimi', 'Grand Ayatollah', null]]);
  });
});
