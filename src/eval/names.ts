// How names are compared: persons by surname, organizations and countries by their normalized name.
import { withoutNameSuffix } from '../text/name-suffix.js';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Case, accents, curly quotes, dots ("U.S." = "US") and a leading "the" do not make names differ. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(CURLY_APOSTROPHES, "'")
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .replace(EDGE_PUNCTUATION, '')
    .replace(/^the /, '');
}

/** The last token of a person's name, a suffix aside: "Vladimir Putin" and "Putin" share "putin", "Marcos, Jr." is "marcos". */
export function surname(name: string): string {
  const tokens = withoutNameSuffix(normalizeName(name).split(' '));
  return tokens[tokens.length - 1];
}

/** A participant or appealing actor as compared across gold and system: surname for persons, else name. */
function actorKey(name: string, type: string | undefined): string {
  return type === 'person' ? `person:${surname(name)}` : `name:${normalizeName(name)}`;
}

/** A gold participant or appealing actor is a name; its type comes from the document's gold actors. */
export function goldActorKey(name: string, goldActors: ReadonlyArray<{ name: string; type: string }>): string {
  const wanted = normalizeName(name);
  const actor = goldActors.find((a) => a.name === name) ?? goldActors.find((a) => normalizeName(a.name) === wanted);
  return actorKey(name, actor?.type);
}

/** A system participant is an actor id of the record. */
export function systemActorKey(id: string, actors: ReadonlyArray<{ id: string; name: string; type: string }>): string {
  const actor = actors.find((a) => a.id === id);
  return actor ? actorKey(actor.name, actor.type) : `unknown-id:${id}`;
}

export function systemActorName(id: string, actors: ReadonlyArray<{ id: string; name: string }>): string {
  return actors.find((a) => a.id === id)?.name ?? id;
}
