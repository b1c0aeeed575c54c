// "Trump spoke with Canadian Prime Minister and ...": an office-holder the story never names is
// his state (GUIDELINES: participants are persons when named, else the country), even where the
// state itself is not otherwise an actor. Such a state is held as a stand-in until a call keeps it;
// only then does it join the document's actors (rule unnamed-office-state).
import type { Actor } from '../../schema.js';

const STAND_IN_PREFIX = 'unnamed-state:';
export const UNNAMED_OFFICE_STATE = 'unnamed-office-state';

/** A stand-in for `country`, named by the demonym at [start, end). */
export function standInState(country: string, start: number, end: number, text: string): Actor {
  return {
    id: `${STAND_IN_PREFIX}${country}`,
    type: 'country',
    name: country,
    title: null,
    country: null,
    aliases: [text],
    mentions: [{ start, end, text }],
    rules: [UNNAMED_OFFICE_STATE],
  };
}

export const isStandIn = (actor: Actor): boolean => actor.id.startsWith(STAND_IN_PREFIX);

/**
 * Turns the stand-ins that `parties` hold into actors of the document, one per state (appended to
 * `actors` with the next ids), and returns the parties with the stand-ins replaced.
 */
export function adoptStandIns(actors: Actor[], parties: readonly Actor[]): Actor[] {
  return parties.map((party) => {
    if (!isStandIn(party)) return party;
    const known = actors.find((a) => a.name === party.name && a.rules?.includes(UNNAMED_OFFICE_STATE));
    if (known) {
      for (const m of party.mentions) if (!known.mentions.some((k) => k.start === m.start)) known.mentions.push(m);
      known.mentions.sort((a, b) => a.start - b.start);
      for (const alias of party.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
      return known;
    }
    const adopted: Actor = { ...party, id: `A${actors.length + 1}`, mentions: [...party.mentions], aliases: [...party.aliases] };
    actors.push(adopted);
    return adopted;
  });
}
