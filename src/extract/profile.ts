// Profiles say which rules run, as data. `news` (the default) is for today's news copy; `conll`
// adds the rules that only make sense for CoNLL-2003's 1996 Reuters pages: results tables, cricket
// scorecards, clubs named after their towns in sports reports.
export const PROFILES = ['news', 'conll'] as const;
export type Profile = (typeof PROFILES)[number];
export const DEFAULT_PROFILE: Profile = 'news';

export function isProfile(value: string): value is Profile {
  return (PROFILES as readonly string[]).includes(value);
}
