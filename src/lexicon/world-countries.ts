// The states of the world as the world-countries package lists them (github.com/mledoze/countries,
// ODbL-1.0), cut to the fields the lexicon reads. The package's JSON is 600 kB and takes tens of
// milliseconds to parse, so the bundled CLI carries the entries countries.ts builds from it instead
// (scripts/bundle.js); tests, the library and a bare `tsc` build read the package once, at import.
import { createRequire } from 'node:module';

export interface PackageCountry {
  /** ISO 3166-1 alpha-3 code (Kosovo: the package's user-assigned "UNK"). */
  code: string;
  independent: boolean;
  common: string;
  official: string;
  /** Other names in English letters: short forms, former names, transliterations, two-letter codes. */
  altSpellings: string[];
  capitals: string[];
  /** English demonyms as the package writes them, possibly several in one ("Antiguan, Barbudan"). */
  demonyms: string[];
}

interface RawCountry {
  cca3: string;
  independent: boolean | null;
  name: { common: string; official: string; native?: Record<string, { official: string }> };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

/**
 * Other names in plain English letters, less the state's official names in its own languages
 * ("Reino de España", "Bundesrepublik Deutschland"), which English copy does not use.
 */
function otherNames(c: RawCountry): string[] {
  const native = new Set(Object.values(c.name.native ?? {}).map((n) => n.official));
  return c.altSpellings.filter((a) => /^[\x20-\x7e]+$/.test(a) && !native.has(a));
}

function cut(c: RawCountry): PackageCountry {
  const demonyms = c.demonyms?.eng ? [...new Set([c.demonyms.eng.m, c.demonyms.eng.f])] : [];
  return {
    code: c.cca3,
    independent: c.independent === true,
    common: c.name.common,
    official: c.name.official,
    altSpellings: otherNames(c),
    capitals: c.capital,
    demonyms: demonyms.filter((d) => d !== ''),
  };
}

const require = createRequire(import.meta.url);
const raw = require('world-countries/dist/countries-unescaped.json') as RawCountry[];

export const PACKAGE_COUNTRIES: PackageCountry[] = raw.map(cut);
