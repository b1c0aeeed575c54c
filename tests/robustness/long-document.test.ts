// A long document read in segments reports an event once, however many segments retell it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const CALL = 'German Chancellor Anna Roth held a phone call with Brazilian President Carlos Mendes on Tuesday, her office said.';
const RETOLD = 'Roth and Mendes spoke by phone on Tuesday about the grain corridor, officials in Berlin said.';
const FILLER = [
  'The harbour authority reviewed its budget for the coming year and asked for a survey of the eastern docks.',
  'Farmers in the north reported a late harvest after weeks of heavy rain.',
  'The city council approved new rules for street markets, which will take effect next spring.',
  'Analysts expect inflation to ease slowly as energy prices settle.',
  'A new bridge over the river is due to open before the end of the decade.',
  'Teachers welcomed the plan but said schools needed more staff to carry it out.',
  'Rail operators said services on the coastal line would run on a reduced timetable.',
  'The museum will lend several paintings to a gallery abroad for an exhibition on trade routes.',
  'Exporters said shipping costs had fallen since the summer.',
  'The weather service forecast dry conditions for most of the week.',
];

/** About 150,000 characters (three segments): the call in the lead, told again every 25,000 characters or so. */
function longArticle(): string {
  const parts = [`BERLIN (Wire) - ${CALL}`];
  for (let i = 0; parts.join('\n\n').length < 150_000; i++) {
    parts.push(`${FILLER[i % 10]} ${FILLER[(i * 3 + 1) % 10]} Officials counted ${i + 2} proposals in the report.`);
    if (i % 150 === 149) parts.push(i % 300 === 149 ? RETOLD : CALL);
  }
  return parts.join('\n\n');
}

describe('a long document retelling a call', () => {
  it('gives one call record', { timeout: 120_000 }, () => {
    const record = extract(longArticle(), { refDate: '2031-05-08' });
    expect(record.warnings.map((w) => w.code)).toContain('segmented');
    const names = new Map(record.actors.map((a) => [a.id, a.name]));
    expect(record.calls.map((c) => ({ id: c.id, parties: c.participants.map((p) => names.get(p)), date: c.date?.value, start: c.evidence.start }))).toEqual([
      { id: 'C1', parties: ['Anna Roth', 'Carlos Mendes'], date: '2031-05-06', start: 0 },
    ]);
  });
});
