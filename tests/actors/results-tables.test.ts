// Results tables, headline fixtures and office owners: my own wire-style sentences.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/read.js';
import { createContext } from '../../src/extract/context.js';
import { extractActors } from '../../src/extract/actors/index.js';

function actorsOf(text: string) {
  return extractActors(createContext(readDocument(text, { refDate: '1996-08-22' }), 'conll'));
}

const typeOf = (actors: ReturnType<typeof actorsOf>, text: string) =>
  actors.find((a) => a.mentions.some((m) => m.text === text))?.type;

describe('cricket scorecards', () => {
  const actors = actorsOf(
    'CRICKET - ENGLAND V INDIA SECOND TEST SCOREBOARD.\nLEEDS 1996-08-22\nEngland first innings\n' +
      'P. Hanley c Rangan b Cork 42\nT. Bellamy lbw b Salisbury 7\nDevan Rangan not out 55\n' +
      'At Bristol: Gloucestershire 214 (K. Ashdown 71, R. Pell\n40; B. Dowling 4-51).\n' +
      'Bowling: Salisbury 21-3-70-2, Cork 18.4-5-49-3\n',
  );

  it('reads a name after a dismissal mark or before bowling figures as a player, even a town name', () => {
    expect(typeOf(actors, 'Cork')).toBe('person');
    expect(typeOf(actors, 'Salisbury')).toBe('person');
    expect(typeOf(actors, 'Rangan')).toBe('person');
  });

  it('keeps an initial whose dot the sentence splitter took for a full stop', () => {
    expect(typeOf(actors, 'K. Ashdown')).toBe('person');
    expect(typeOf(actors, 'Ashdown')).toBeUndefined();
  });

  it('parts the two sides of a fixture written in capitals', () => {
    expect(actors.some((a) => a.mentions.some((m) => m.text.includes(' V ')))).toBe(false);
    expect(typeOf(actors, 'INDIA')).toBeDefined();
  });
});

describe('soccer results', () => {
  const actors = actorsOf(
    'SOCCER - CUP RESULTS.\nVIENNA 1996-08-22\nIn Graz: Sturm Tallen (Austria) 2 Dunavar Rusk (Bulgaria) 1\n' +
      'Scorers: Okrenko (23rd minute), Halbig (71st)\nAttendance: 9,000\n',
  );

  it('reads a side given with its country and goals as a club', () => {
    expect(typeOf(actors, 'Sturm Tallen')).toBe('organization');
    expect(typeOf(actors, 'Dunavar Rusk')).toBe('organization');
  });

  it('reads a name with the minute of a goal as a scorer', () => {
    expect(typeOf(actors, 'Okrenko')).toBe('person');
    expect(typeOf(actors, 'Halbig')).toBe('person');
  });
});

describe('newsroom and desk names', () => {
  it('reads a city newsroom as an organization', () => {
    const actors = actorsOf('Prices were steady, traders said.\n-- Lisbon Newsroom +351 1 555 0000\n');
    expect(typeOf(actors, 'Lisbon Newsroom')).toBe('organization');
  });
});

describe('office owners', () => {
  it('gives a titled holder the country whose office a headline names without a holder', () => {
    const actors = extractActors(
      createContext(
        readDocument(
          'Portugal Prime Minister Calls For Calm\nPrime Minister Rui Tavora urged calm on Tuesday after protests in the capital. ' +
            'Spanish officials said they were watching.',
          { refDate: '2025-04-08' },
        ),
      ),
    );
    expect(actors.find((a) => a.name === 'Rui Tavora')).toMatchObject({ type: 'person', country: 'Portugal' });
  });
});

describe('sides in standings and schedules', () => {
  const actors = actorsOf(
    'BASEBALL - LEAGUE STANDINGS.\nDENVER 1996-08-22\nStandings after games played on Wednesday:\nW L PCT GB\n' +
      'PORTLAND 70 55 .560 -\nOMAHA 66 59 .528 4\nSCHEDULE\nOMAHA AT PORTLAND\nRain fell in Portland on Tuesday.\n',
  );

  it('reads a town that is a side in the table as that side in the schedule too', () => {
    const omaha = actors.find((a) => a.name === 'OMAHA');
    expect(omaha?.type).toBe('organization');
    expect(omaha?.mentions).toHaveLength(2);
    expect(actors.find((a) => a.name === 'PORTLAND')?.mentions).toHaveLength(2);
  });

  it('keeps the dateline town and a town after a lower-case preposition as places', () => {
    expect(typeOf(actors, 'DENVER')).toBe('place');
    expect(typeOf(actors, 'Portland')).toBe('place');
  });

  it('reads no name in the column heads or the table heading', () => {
    expect(actors.some((a) => a.mentions.some((m) => /PCT|Standings/.test(m.text)))).toBe(false);
  });
});

describe('surnames the tagger reads as ordinary words', () => {
  it('joins a sentence-opening surname to the person named in full before', () => {
    const actors = actorsOf('Russian envoy Pavel Marked arrived in the city on Monday.\nMarked said he hoped for a quick deal.');
    expect(actors.find((a) => a.name === 'Pavel Marked')?.mentions.map((m) => m.text)).toEqual(['Pavel Marked', 'Marked']);
  });
});

describe('nationality before a given name', () => {
  it('parts the nationality from the person and keeps it as the country', () => {
    const actors = actorsOf('TENNIS - OPEN RESULTS.\nMONTREAL 1996-08-22\nSecond seed Karl Brunner beat American Jim Corrow 6-3 6-2.\n');
    expect(actors.find((a) => a.name === 'Jim Corrow')).toMatchObject({ type: 'person', country: 'United States' });
  });
});

describe('home country and city offices', () => {
  it('gives no state to a mayor or a police commissioner in a story set in one country', () => {
    const actors = extractActors(
      createContext(
        readDocument(
          'Canadian police said on Monday they had made arrests. Mayor Tom Ellery and Police Commissioner Ruth Banning ' +
            'spoke in Canada. Canadian officials and Defence Minister Paul Darrow promised help for Canada.',
          { refDate: '2025-04-08' },
        ),
      ),
    );
    expect(actors.find((a) => a.name === 'Tom Ellery')).toMatchObject({ title: 'Mayor', country: null });
    expect(actors.find((a) => a.name === 'Ruth Banning')?.country).toBeNull();
    expect(actors.find((a) => a.name === 'Paul Darrow')?.country).toBe('Canada');
  });
});

describe('repeated acronyms', () => {
  it('reads an acronym written twice as an organization, and one written once as nothing', () => {
    const actors = actorsOf(
      'Voters backed the opposition, and the vote left the ruling coalition short. Support for NRP candidates rose to 31 percent. ' +
        'Analysts said NRP gains were small. Polls closed at 1800 GMT.',
    );
    expect(typeOf(actors, 'NRP')).toBe('organization');
    expect(typeOf(actors, 'GMT')).toBeUndefined();
  });
});

describe('initials', () => {
  const actors = actorsOf(
    'CRICKET - COUNTY SCORES.\nLONDON 1996-08-22\nAt Hove: Durham 301 (T. Marsh 44; B. Stone 3-40) v Hampshire.\n' +
      'Traders in S. Korea were cautious.\n',
  );

  it('reads an initial before an ordinary word as a person', () => {
    expect(typeOf(actors, 'B. Stone')).toBe('person');
  });

  it('reads the side after "v" as a club and an abbreviated compass point before a country as a place', () => {
    expect(typeOf(actors, 'Hampshire')).toBe('organization');
    expect(typeOf(actors, 'S. Korea')).not.toBe('person');
  });
});

describe('abbreviated ranks and academic titles', () => {
  it('keeps "Col." and "Professor" out of the name', () => {
    const actors = actorsOf('Lt. Col. Mark Vance said the convoy had left. Professor Anna Pyle said the data were sound.');
    expect(actors.find((a) => a.name === 'Mark Vance')?.type).toBe('person');
    expect(actors.find((a) => a.name === 'Anna Pyle')?.title).toBe('Professor');
  });
});

describe('a country written as an owner', () => {
  it('keeps "U.S." before an office as a place mention, not an actor that acts', () => {
    const actors = actorsOf('A letter from U.S. President Dan Morrow reached the capital on Monday.');
    expect(actors.find((a) => a.name === 'Dan Morrow')).toMatchObject({ title: 'President', country: 'United States' });
    expect(actors.find((a) => a.name === 'United States')?.type).toBe('place');
  });
});

describe('towns that act in sports prose', () => {
  it('reads a town that is the subject of a sports report as its side', () => {
    const actors = actorsOf(
      "SOCCER - LATE GOAL SINKS HOSTS.\nLONDON 1996-08-22\nLeeds were beaten 1-0 in Sheffield on Saturday.\n",
    );
    expect(typeOf(actors, 'Leeds')).toBe('organization');
    expect(typeOf(actors, 'Sheffield')).toBe('place');
  });
});

describe('two name particles', () => {
  it('keeps "van der" inside one name', () => {
    const actors = actorsOf('The coach said Pieter van der Merwe was ready for the test on Saturday.');
    expect(actors.find((a) => a.type === 'person')?.name).toBe('Pieter van der Merwe');
  });
});
