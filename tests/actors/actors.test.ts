import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/read.js';
import { createContext } from '../../src/extract/context.js';
import { actorAt, extractActors } from '../../src/extract/actors/index.js';
import { hasShared, sharedPath } from '../shared.js';

function actorsOf(text: string) {
  const doc = readDocument(text, { refDate: '2025-04-08' });
  return { doc, actors: extractActors(createContext(doc)) };
}

const byName = (actors: ReturnType<typeof actorsOf>['actors'], name: string) => actors.find((a) => a.name === name);

describe('extractActors: people', () => {
  const text =
    'ANKARA (Reuters) - Turkish Foreign Minister Hakan Fidan met Greek Prime Minister Kyriakos Mitsotakis on Monday. ' +
    'Fidan said the talks were useful. The Greek prime minister called for calm, a government spokesman said.';
  const { actors } = actorsOf(text);

  it('reads the full name, the office and the country from the words before a name', () => {
    expect(byName(actors, 'Hakan Fidan')).toMatchObject({ type: 'person', title: 'Foreign Minister', country: 'Turkey' });
    expect(byName(actors, 'Kyriakos Mitsotakis')).toMatchObject({ type: 'person', title: 'Prime Minister', country: 'Greece' });
  });

  it('merges a later surname and a description that fits only one person into that person', () => {
    const fidan = byName(actors, 'Hakan Fidan')!;
    expect(fidan.mentions.map((m) => m.text)).toEqual(['Hakan Fidan', 'Fidan']);
    expect(byName(actors, 'Kyriakos Mitsotakis')!.aliases).toContain('The Greek prime minister');
  });

  it('gives mention offsets into the text', () => {
    for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps the dateline place and agency out of the actors', () => {
    expect(actors.some((a) => a.mentions.some((m) => m.text === 'ANKARA' || m.text === 'Reuters'))).toBe(false);
  });

  it('keeps two people who share a surname apart', () => {
    const { actors: two } = actorsOf('Senator Mark Kelly and astronaut Scott Kelly spoke at the event. Mark Kelly later left.');
    const kellys = two.filter((a) => a.type === 'person' && a.name.endsWith('Kelly'));
    expect(kellys.map((a) => a.name).sort()).toEqual(['Mark Kelly', 'Scott Kelly']);
  });

  it('finds a name the tagger does not know from a title before it and cuts the possessive', () => {
    const { actors: found } = actorsOf("Tanzania's President Samia Suluhu Hassan's visit was delayed, officials said.");
    expect(byName(found, 'Samia Suluhu Hassan')).toMatchObject({ title: 'President', country: 'Tanzania' });
  });

  it('reads an office after a comma: "X, the Kremlin spokesman,"', () => {
    const { actors: found } = actorsOf('Yuri Ushakov, the Kremlin spokesman, declined to comment.');
    expect(byName(found, 'Yuri Ushakov')).toMatchObject({ title: 'spokesman', country: 'Russia' });
  });
});

describe('extractActors: states, places and organizations', () => {
  const text =
    'Japan and South Korea agreed on Tuesday to hold new talks in Singapore. ' +
    "The U.S. State Department welcomed the move, while Beijing said it would study Tokyo's proposal. NATO was not consulted, AFP reported.";
  const { actors } = actorsOf(text);

  it('types an acting state as a country with its canonical name', () => {
    expect(byName(actors, 'Japan')?.type).toBe('country');
    expect(byName(actors, 'South Korea')?.type).toBe('country');
  });

  it('leaves a capital whose state the story never names a place, as one that hosts', () => {
    expect(byName(actors, 'Beijing')?.type).toBe('place');
    expect(byName(actors, 'China')).toBeUndefined();
    expect(byName(actors, 'Singapore')?.type).toBe('place');
  });

  it('finds organizations and leaves news agencies out', () => {
    expect(byName(actors, 'NATO')?.type).toBe('organization');
    expect(actors.some((a) => a.name === 'AFP')).toBe(false);
  });
});

describe('extractActors: sports reports (conll profile)', () => {
  const text = 'CRICKET - KENT CLOSE IN.\nCanterbury: Kent 310 and Sussex 204-6 at the close on Friday.';

  it('reads a county that plays as a club, not a place', () => {
    const actors = extractActors(createContext(readDocument(text, { refDate: '1996-08-22' }), 'conll'));
    expect(byName(actors, 'Sussex')?.type).toBe('organization');
  });

  it('reads it as a place under the news profile', () => {
    expect(byName(actorsOf(text).actors, 'Sussex')?.type).toBe('place');
  });
});

describe('actorAt', () => {
  it('returns the actor whose mention overlaps the span, else null', () => {
    const { actors } = actorsOf('Kenyan President William Ruto spoke on Friday.');
    const ruto = byName(actors, 'William Ruto')!;
    const m = ruto.mentions[0];
    expect(actorAt(actors, m.start + 1, m.start + 3)).toBe(ruto);
    expect(actorAt(actors, 0, 3)).toBeNull();
  });
});

describe.skipIf(!hasShared)('extractActors on the design article', () => {
  it('finds the people with titles and countries and never takes the header word into a name', () => {
    const { actors } = actorsOf(readFileSync(sharedPath('seeds', '000_d2e8e385f3c37c30.txt'), 'utf8'));
    const people = actors.filter((a) => a.type === 'person');
    expect(people).toHaveLength(7);
    for (const p of people) expect(p.title && p.country).toBeTruthy();
    expect(actors.some((a) => /Summary/.test(a.name))).toBe(false);
    expect(actors.filter((a) => a.type === 'organization').every((o) => o.country === 'Russia')).toBe(true);
  });
});

describe('extractActors: harder wire sentences', () => {
  it('makes every state in a list of parties a country, and a state that only locates a place stays a place', () => {
    const { actors } = actorsOf(
      'The ceasefire followed mediation by Qatar, Egypt and the United States. A car bomb exploded in Mogadishu, Somalia, on Sunday.',
    );
    for (const name of ['Qatar', 'Egypt', 'United States']) expect(byName(actors, name)?.type).toBe('country');
    expect(byName(actors, 'Somalia')?.type).toBe('place');
  });

  it('reads an organ named by its state in lower case', () => {
    const { actors } = actorsOf('A statement from the Kenyan foreign ministry condemned the raid.');
    expect(byName(actors, 'Kenyan foreign ministry')).toMatchObject({ type: 'organization', country: 'Kenya' });
  });

  it('takes an unknown single name that speaks as a person and drops the honorific from the mention', () => {
    const { actors } = actorsOf('Mr Okonkwo told reporters the talks would resume. Later Tshabalala said nothing had changed.');
    expect(byName(actors, 'Okonkwo')?.mentions[0].text).toBe('Okonkwo');
    expect(byName(actors, 'Tshabalala')?.type).toBe('person');
  });

  it('keeps journalists in credits and nationality words out of the actors', () => {
    const { actors } = actorsOf('Chilean miners went back to work on Monday.\nReporting by Ana Lindqvist; Editing by Tomas Berg');
    expect(actors).toEqual([]);
  });

  it('gives an untitled official the dateline country', () => {
    const { actors } = actorsOf('NAIROBI (Reuters) - Interior Minister Kipchumba Murkomen said on Monday the curfew would end.');
    expect(byName(actors, 'Kipchumba Murkomen')).toMatchObject({ title: 'Interior Minister', country: 'Kenya' });
  });
});
