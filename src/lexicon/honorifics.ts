// Source: English courtesy titles and their abbreviations as used in news copy.

export const HONORIFICS: string[] = [
  'Dame', 'Dr', 'Dr.', 'Excellency', 'H.E.', 'Lady', 'Lord', 'Madam', 'Miss', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Prof', 'Prof.',
  'Rev', 'Rev.', 'Sir',
];

/** Courtesy titles used to address someone by office alone ("Mr. President", "Madam Speaker"). */
export const ADDRESS_HONORIFICS: string[] = ['Madam', 'Madame', 'Mister', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.'];

/** Offices a speaker addresses by the office alone ("Mr. President", "Madam Speaker"), none a common surname. */
export const ADDRESSED_OFFICES: string[] = [
  'ambassador', 'chair', 'chairman', 'chairwoman', 'chancellor', 'commissioner', 'governor', 'mayor', 'minister', 'premier',
  'president', 'prime minister', 'secretary', 'secretary-general', 'speaker', 'vice president',
];
