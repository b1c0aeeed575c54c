import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/read.js';
import { createContext } from '../../src/extract/context.js';
import { extractActors } from '../../src/extract/actors/index.js';

function actorsOf(text: string) {
  return extractActors(createContext(readDocument(text, { refDate: '2025-04-08' })));
}

const named = (text: string, name: string) => actorsOf(text).find((a) => a.name === name);

describe('extractActors: a family name written first, used alone later', () => {
  it('makes "Xi" a mention of "Xi Jinping"', () => {
    const text = 'Chinese President Xi Jinping toured a port in Tianjin on Monday. Dock workers cheered as Xi arrived.';
    const xi = named(text, 'Xi Jinping');
    expect(xi?.mentions.map((m) => m.text)).toEqual(['Xi Jinping', 'Xi']);
    expect(actorsOf(text).filter((a) => a.type === 'person')).toHaveLength(1);
  });
});

describe('extractActors: organizations named only in passing are not reported', () => {
  it('drops a body named only as the modifier of an event or as a destination', () => {
    const actors = actorsOf(
      'Finance ministers met on the sidelines of the NATO summit in Rome on Friday. He returned to the White House on Sunday. ' +
        'The Red Crescent said it had sent 40 tonnes of aid to the flooded towns.',
    );
    const organizations = actors.filter((a) => a.type === 'organization').map((a) => a.name);
    expect(organizations).toEqual(['Red Crescent']);
  });

  it('keeps a body that speaks', () => {
    expect(named('The White House said the talks would resume on Monday.', 'White House')).toMatchObject({ type: 'organization' });
  });

  it('keeps a body that acts once, with its passing mentions', () => {
    const house = named('The White House said the talks would resume. The envoy returned to the White House on Sunday.', 'White House');
    expect(house?.mentions).toHaveLength(2);
  });

  it('merges an acronym with the name it abbreviates', () => {
    const actors = actorsOf(
      'The National Disaster Management Authority said 12 people had died in the floods. The NDMA added that three roads remained closed.',
    );
    const authority = actors.find((a) => a.name === 'National Disaster Management Authority');
    expect(authority?.mentions.map((m) => m.text)).toEqual(['National Disaster Management Authority', 'NDMA']);
  });

  it('reads a name followed by "newspaper" as an outlet, not an actor', () => {
    expect(actorsOf('A police spokesman told the Morning Ledger newspaper that two suspects had been arrested.')).toEqual([]);
  });
});

describe('extractActors: titles and countries', () => {
  it('reads an office given after "as"', () => {
    const briggs = named('Lawmakers criticised the appointment of Tom Briggs as deputy chief whip last year.', 'Tom Briggs');
    expect(briggs?.title).toBe('deputy chief whip');
  });

  it('reads a state by its formal name after an office', () => {
    const actors = actorsOf('The visiting envoy later met Prime Minister of the Union of Myanmar Aung Tun in the capital.');
    expect(actors.find((a) => a.name === 'Aung Tun')).toMatchObject({ title: 'Prime Minister', country: 'Myanmar' });
    expect(actors.filter((a) => a.type === 'person')).toHaveLength(1);
  });

  it('passes an office on to the name cut off after its organization word', () => {
    const berg = named('The minister also met President of the Nordic Council Charles Berg on Friday.', 'Charles Berg');
    expect(berg?.title).toBe('President');
  });

  it('never reads the owner of an office as a person', () => {
    const actors = actorsOf('The envoy met President of Ruritania Anton Verel on Tuesday.');
    expect(actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Anton Verel']);
  });

  it('gives an untitled official the state whose region the story is set in', () => {
    const petrov = named("Drones hit a fuel depot in Russia's Belgorod region overnight, Governor Ivan Petrov said, blaming Ukraine.", 'Ivan Petrov');
    expect(petrov).toMatchObject({ title: 'Governor', country: 'Russia' });
  });
});

describe('extractActors: states that act', () => {
  const typeOf = (text: string, name: string) => actorsOf(text).find((a) => a.name === name)?.type;

  it('makes a state whose role or buildup is discussed an actor', () => {
    expect(typeOf("The two leaders discussed Egypt's central role in the ceasefire talks.", 'Egypt')).toBe('country');
    expect(typeOf("Officials warned of Russia's military buildup near the border.", 'Russia')).toBe('country');
  });

  it('keeps a state that only owns the person spoken with a place', () => {
    expect(typeOf("The president said he spoke with Germany's Scholz on Tuesday.", 'Germany')).toBe('place');
  });
});
