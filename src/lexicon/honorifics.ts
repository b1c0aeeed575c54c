// Source: English courtesy titles and their abbreviations as used in news copy.

export const HONORIFICS: string[] = [
  'Dame', 'Dr', 'Dr.', 'Excellency', 'H.E.', 'Lady', 'Lord', 'Madam', 'Miss', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Prof', 'Prof.',
  'Rev', 'Rev.', 'Sir',
];
