// Source: English news usage for reporting a running casualty total ("the death toll rose to 57", headlines' "toll tops
// 300"); phrases written for this project.
import type { CasualtyCue } from './casualty-cues.js';

/** Nouns naming a running total: "the death toll rose to 57", "the number of injured reached 40". */
export const TOLL_NOUNS: readonly CasualtyCue[] = [
  { phrase: 'casualty count', kind: 'killed' },
  { phrase: 'casualty toll', kind: 'killed' },
  { phrase: 'death toll', kind: 'killed' },
  { phrase: 'injury toll', kind: 'injured' },
  { phrase: 'number of casualties', kind: 'killed' },
  { phrase: 'number of confirmed deaths', kind: 'killed' },
  { phrase: 'number of dead', kind: 'killed' },
  { phrase: 'number of deaths', kind: 'killed' },
  { phrase: 'number of displaced', kind: 'displaced' },
  { phrase: 'number of evacuees', kind: 'displaced' },
  { phrase: 'number of fatalities', kind: 'killed' },
  { phrase: 'number of homeless', kind: 'displaced' },
  { phrase: 'number of injured', kind: 'injured' },
  { phrase: 'number of missing', kind: 'missing' },
  { phrase: 'number of people dead', kind: 'killed' },
  { phrase: 'number of people displaced', kind: 'displaced' },
  { phrase: 'number of people evacuated', kind: 'displaced' },
  { phrase: 'number of people in evacuation centers', kind: 'displaced' },
  { phrase: 'number of people in evacuation centres', kind: 'displaced' },
  { phrase: 'number of people in relief camps', kind: 'displaced' },
  { phrase: 'number of people in shelters', kind: 'displaced' },
  { phrase: 'number of people injured', kind: 'injured' },
  { phrase: 'number of people killed', kind: 'killed' },
  { phrase: 'number of people missing', kind: 'missing' },
  { phrase: 'number of people wounded', kind: 'injured' },
  { phrase: 'number of refugees', kind: 'displaced' },
  { phrase: 'number of victims', kind: 'killed' },
  { phrase: 'number of wounded', kind: 'injured' },
  { phrase: 'toll', kind: 'killed' },
];

/** Verbs and prepositions that hand a toll its figure: "rose to", "stood at", "put ... at", headlines' "climbs to", "hits". */
export const TOLL_LINKS: readonly string[] = [
  'at', 'climbed to', 'climbs to', 'from', 'from a previous', 'from an earlier', 'from an initial', 'from the earlier',
  'from the initial', 'from the previous', 'has risen to', 'hit', 'hits', 'increased to', 'increases to', 'is', 'jumped to',
  'jumps to', 'now', 'of', 'reached', 'reaches', 'risen to', 'rises to', 'rose to', 'soared to', 'soars to', 'stands at',
  'stood at', 'to', 'was',
];
/**
 * Links that put the toll past its figure, a lower bound: headlines' "toll tops 300", "has passed 1,000". No past simple:
 * "quakes in which the death toll exceeded 100" sets a threshold, it states no toll.
 */
export const TOLL_LINKS_PAST: readonly string[] = [
  'crosses', 'exceeds', 'has crossed', 'has exceeded', 'has passed', 'has surpassed', 'has topped', 'passes', 'rises above', 'surpasses', 'tops',
];
/** Links that put the toll just short of its figure: "toll nears 100". */
export const TOLL_LINKS_NEAR: readonly string[] = ['neared', 'nearing', 'nears'];
