// Source: how wire copy introduces a company by its trade ("carmaker X", "state oil company Y",
// "shares of Z") and the offices only a company has ("X CEO Jane Roe"), from general knowledge of
// business news. Sorted.

/** Lower-case nouns of a trade written right before a company's name. */
export const COMPANY_NOUNS: string[] = [
  'airline', 'automaker', 'carmaker', 'chipmaker', 'company', 'conglomerate', 'drugmaker', 'firm', 'lender',
  'manufacturer', 'miner', 'retailer', 'startup',
];

/** Two words before a name that make it a listed company: "shares of", "shares in". */
export const SHARE_PHRASES: string[] = ['shares in', 'shares of'];

/** Offices only a company has, written after its name and before the holder's. */
export const COMPANY_OFFICES: string[] = [
  'ceo', 'cfo', 'chief executive', 'chief executive officer', 'chief financial officer', 'chief operating officer', 'coo',
];
