// Equal figures of two incidents are two records; the same figure told twice is one (GUIDELINES.md).
import { describe, expect, it } from 'vitest';
import { casualties, figures } from './helpers.js';

const explained = (text: string) => casualties(text).map((c) => [c.kind, c.count, c.rules]);

describe('separate-incident', () => {
  it('keeps a figure of "a separate attack", "another bombing" or "elsewhere" apart from an equal one', () => {
    expect(explained('Three people were killed in a blast in Kabul on Monday. Police said the attacker fled. In a separate attack in Kandahar, three soldiers were killed.')).toEqual([
      ['killed', 3, ['number-before-cue']],
      ['killed', 3, ['number-before-cue', 'separate-incident']],
    ]);
    expect(figures('Gunmen wounded two guards at the depot. Another bombing wounded two traders in the old city.')).toEqual([
      ['injured', 2],
      ['injured', 2],
    ]);
    expect(figures('Two people were killed on Sunday. Elsewhere, two people died in a crash on the coast road.')).toEqual([
      ['killed', 2],
      ['killed', 2],
    ]);
  });

  it('still merges the same figure told again', () => {
    expect(figures('Blast kills 3 in Kabul\n\nThree people were killed in a blast in Kabul on Monday.')).toEqual([['killed', 3]]);
    // the other incident told again in plain words, with no equal figure of the story's own
    expect(figures('Three guards were wounded by a grenade on Monday. Earlier this month, two officers were killed at a checkpoint. The gunfire left two officers dead.')).toEqual([
      ['injured', 3],
      ['killed', 2],
    ]);
  });
});

describe('earlier-incident-after', () => {
  it('reads what follows "came two days after" as the earlier incident', () => {
    expect(explained('Blast kills 3 in Kabul\n\nThe attack came two days after gunmen killed three police officers in the same district.')).toEqual([
      ['killed', 3, ['cue-before-number']],
      ['killed', 3, ['cue-before-number', 'earlier-incident-after']],
    ]);
  });
});

describe('earlier-time-fronted', () => {
  it('reads a sentence opened by a past month or "last year" as another incident', () => {
    expect(explained('Two people were killed on Sunday. In April, security forces killed two militants in the area.')).toEqual([
      ['killed', 2, ['number-before-cue']],
      ['killed', 2, ['cue-before-number', 'earlier-time-fronted']],
    ]);
    expect(figures('Four miners were trapped on Tuesday. Last year, four miners were trapped in the same shaft.')).toEqual([
      ['missing', 4],
      ['missing', 4],
    ]);
  });
});

describe('named victims', () => {
  it('are one person whichever incident the sentence tells of', () => {
    expect(figures('Dana Ruiz was killed in the crossfire on Friday. Elsewhere in the hearing, prosecutors said Dana Ruiz was killed by a stray round.')).toEqual([['killed', 1]]);
  });
});

describe('earlier-time-trailing', () => {
  it('reads the clause a trailing "last month" closes as another incident', () => {
    expect(explained('Five soldiers were killed on Friday. The ambush took place in the valley where militants killed five soldiers last month.')).toEqual([
      ['killed', 5, ['number-before-cue']],
      ['killed', 5, ['cue-before-number', 'earlier-time-trailing']],
    ]);
  });

  it('leaves "since last month" and a figure with no clause opening before the time', () => {
    expect(figures('Five soldiers were killed on Friday, the deadliest attack since last month. Five soldiers were killed, police said.')).toEqual([['killed', 5]]);
    expect(figures('Five soldiers were killed on Friday. Officials said five soldiers were killed in an ambush like one last month.')).toEqual([['killed', 5]]);
  });
});
