// Source: common English abbreviations of time zones, units, economic and medical terms in news copy,
// from general knowledge. They are written in capitals like acronyms of bodies but name no actor.

export const COMMON_ABBREVIATIONS: string[] = [
  'AIDS', 'BST', 'CDT', 'CEO', 'CET', 'CFO', 'CPI', 'CST', 'DIV', 'DNA', 'DNS', 'EDT', 'EPS', 'EST', 'GDP',
  'GMT', 'GNP', 'HIV', 'IED', 'IPO', 'JST', 'KV', 'KW', 'MW', 'PCT', 'PDT', 'PST', 'UTC', 'VAT',
];
