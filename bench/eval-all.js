// `npm run eval`: scores the built library (../dist, run `npx tsc -p .` first) on every gold file in
// ../shared/corpora and writes docs/QUALITY.md, with the published figures of reference systems.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONLL2003, TEMPEVAL3 } from './reference-figures.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = path.resolve(ROOT, '../shared/corpora');
const OUTPUT = path.join(ROOT, 'docs/QUALITY.md');

if (!existsSync(path.join(ROOT, 'dist/eval/index.js'))) {
  console.error('eval: dist/ is missing; build first with `npx tsc -p .`');
  process.exit(2);
}
if (!existsSync(CORPORA)) {
  console.log(`eval: ${CORPORA} is absent; nothing to score, ${path.relative(ROOT, OUTPUT)} left as it is`);
  process.exit(0);
}
const { evaluate, formatTable, readGold, prf, accuracy } = await import('../dist/eval/index.js');

// ---- scoring -------------------------------------------------------------------------------

const goldFiles = readdirSync(CORPORA)
  .sort()
  .flatMap((corpus) => {
    const dir = path.join(CORPORA, corpus);
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => `${corpus}/${f}`) : [];
  });

/** CoNLL-2003 is scored with the conll profile (its 1996 sports pages and results tables), and without it. */
const profilesFor = (file) => (file.startsWith('conll2003/') ? ['conll', 'news'] : ['news']);

/** Every scored section of every file: {file, profile, documents, seconds, section}. */
const results = [];
for (const file of goldFiles) {
  const golds = readGold(path.join(CORPORA, file));
  for (const profile of profilesFor(file)) {
    const started = performance.now();
    const report = evaluate(file, golds, { profile });
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`--profile ${profile}\n${formatTable(report)}(${seconds.toFixed(1)} s)\n\n`);
    for (const failure of report.failures) console.error(`eval: ${file} (--profile ${profile}): document ${failure.doc}: ${failure.message}`);
    for (const section of report.sections) results.push({ file, profile, seconds, failures: report.failures.length, section });
  }
}

// ---- docs/QUALITY.md -----------------------------------------------------------------------

const pct = (value) => (value === null || value === undefined ? '—' : (value * 100).toFixed(1));
const given = (value) => (value === null || value === undefined ? '—' : value.toFixed(Number.isInteger(value * 10) ? 1 : 2));
const row = (section, label) => section.rows.find((r) => r.label === label);
const rowPrf = (section, label) => {
  const found = row(section, label);
  return found ? prf(found) : { p: null, r: null, f1: null };
};
const acc = (section, label) => {
  const found = section.accuracies.find((a) => a.label === label);
  return found ? accuracy(found) : null;
};
/** A markdown table; the first `textColumns` columns are text, the rest right-aligned figures. */
const table = (header, rows, textColumns = 2) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i < textColumns ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const sections = (name) => results.filter((r) => r.section.name === name);
const described = ({ file, profile, section }) =>
  `${file} (${section.documents} doc${section.documents === 1 ? '' : 's'}${profilesFor(file).length > 1 ? `, --profile ${profile}` : ''})`;

function datesTable() {
  const ours = sections('timexes').map((result) => {
    const s = result.section;
    const relaxed = rowPrf(s, 'relaxed');
    const gold = row(s, 'relaxed').tp + row(s, 'relaxed').fn;
    return ['**newsfacts**', `${described(result)}, ${gold} timexes`, pct(rowPrf(s, 'strict').f1), pct(relaxed.p), pct(relaxed.r), pct(relaxed.f1),
      pct(acc(s, 'type')), pct(acc(s, 'value')), pct(rowPrf(s, 'value').f1)];
  });
  const published = TEMPEVAL3.systems.map((r) => [
    r.system, TEMPEVAL3.data, given(r.strictF1), given(r.relaxedP), given(r.relaxedR), given(r.relaxedF1), '—',
    given(r.valueAccuracy), given(r.valueF1),
  ]);
  return [
    '## Dates: TempEval-3 Task A (TIMEX3 extent, type, value)',
    '',
    table(['system', 'data', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'type acc.', 'value acc.', 'value F1'], [...ours, ...published]),
    '',
    `Value F1 = value accuracy × relaxed F1 (the TE3 ranking score). Published: ${TEMPEVAL3.note}`,
  ];
}

function entitiesTable() {
  const ours = sections('entities').map((result) => {
    const s = result.section;
    const micro = rowPrf(s, 'micro');
    const f1 = (label) => pct(rowPrf(s, label).f1);
    return ['**newsfacts**', `${described(result)}, PER/ORG/LOC`, f1('PER'), f1('ORG'), f1('LOC'), pct(micro.p), pct(micro.r), pct(micro.f1)];
  });
  const published = CONLL2003.systems.map((r) => [r.system, r.data, given(r.PER), given(r.ORG), given(r.LOC), given(r.microP), given(r.microR), given(r.microF1)]);
  return [
    '## Actors as entities: CoNLL-2003 (exact span and type)',
    '',
    'Every actor mention is an entity: person → PER, organization → ORG, country and place → LOC; MISC is ignored.',
    'Scored with `--profile conll` (the rules for its 1996 sports pages and results tables) and with the default news profile.',
    '',
    table(['system', 'data', 'PER F1', 'ORG F1', 'LOC F1', 'micro P', 'micro R', 'micro F1'], [...ours, ...published]),
    '',
    `Published: ${CONLL2003.note}`,
  ];
}

function newsActorsTable() {
  const rows = sections('actors').map((result) => {
    const s = result.section;
    const f1 = (label) => pct(rowPrf(s, label).f1);
    const micro = rowPrf(s, 'micro');
    return [described(result), f1('person'), f1('organization'), f1('country'), f1('organization+country'), pct(micro.p), pct(micro.r), pct(micro.f1),
      pct(acc(s, 'person-name')), pct(acc(s, 'person-title')), pct(acc(s, 'person-country'))];
  });
  return [
    '## Actors: news gold',
    '',
    'Persons matched by surname (then full name, title and country judged over the matches); organizations and countries by name.',
    '',
    table(['data', 'person F1', 'organization F1', 'country F1', 'org. + country F1', 'micro P', 'micro R', 'micro F1', 'full name acc.', 'title acc.', 'country acc.'], rows, 1),
  ];
}

function callsAndAppealsTable() {
  const calls = sections('calls').map((result) => {
    const dated = rowPrf(result.section, 'with-date');
    const undated = rowPrf(result.section, 'without-date');
    return [described(result), pct(dated.p), pct(dated.r), pct(dated.f1), pct(undated.p), pct(undated.r), pct(undated.f1)];
  });
  const appeals = sections('appeals').map((result) => {
    const who = rowPrf(result.section, 'who');
    return [described(result), pct(who.p), pct(who.r), pct(who.f1)];
  });
  return [
    '## Calls and appeals: news gold',
    '',
    'A call is right when its participants match the gold (persons by surname) and, when the gold has a date, the date does.',
    '',
    table(['data', 'P', 'R', 'F1', 'P without date', 'R without date', 'F1 without date'], calls, 1),
    '',
    'An appeal is right when who appeals matches the gold.',
    '',
    table(['data', 'P', 'R', 'F1'], appeals, 1),
  ];
}

function casualtiesTable() {
  const stated = sections('stated-counts').map((result) => {
    const s = result.section;
    const counts = (label) => {
      const r = row(s, label);
      return r ? `${pct(prf(r).r)} (${r.tp}/${r.tp + r.fn})` : '—';
    };
    return [described(result), counts('killed'), counts('injured'), counts('all')];
  });
  const figures = sections('figures').map((result) => {
    const all = rowPrf(result.section, 'all');
    return [described(result), pct(all.p), pct(all.r), pct(all.f1), pct(acc(result.section, 'qualifier'))];
  });
  return [
    '## Casualties',
    '',
    'Incident gold (GVA, GVDB): only the articles that state the gold count are scored; recall of that count among the',
    'extracted figures of its kind.',
    '',
    table(['data', 'killed recall', 'injured recall', 'all recall'], stated, 1),
    '',
    'News gold: precision and recall over (kind, count) pairs; qualifier accuracy over the matched pairs.',
    '',
    table(['data', 'P', 'R', 'F1', 'qualifier acc.'], figures, 1),
    '',
    'No published figure is comparable: the SemEval-2018 Task 5 scores in the casualties README answer questions over',
    'many documents, not the figures of one article.',
  ];
}

function publicationTable() {
  const accuracies = sections('publication').map((result) => {
    const s = result.section;
    const shown = (label) => {
      const found = s.accuracies.find((a) => a.label === label);
      return `${pct(accuracy(found))} (${found.correct}/${found.total})`;
    };
    return [described(result), shown('date'), shown('stated')];
  });
  return [
    '## Publication dates: news gold',
    '',
    'The publication date newsfacts reads from the text (header, stamps, dateline) against the gold `dct`, which the',
    'annotators took from the text too; the gold date is not given to newsfacts. Right when both are the same TIMEX3',
    'value (a year-less dateline is `XXXX-MM-DD`) or both are none.',
    '',
    table(['data', 'all documents', 'documents whose text states one'], accuracies, 1),
  ];
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const runDate = new Date().toISOString().slice(0, 16).replace('T', ' ');
const failures = results.reduce((sum, r) => sum + r.failures, 0);
const markdown = [
  '# Quality',
  '',
  `Written by \`npm run eval\` on ${runDate} UTC: newsfacts ${version} (commit ${gitCommit()}, working tree as built in dist/),`,
  `Node ${process.version}. All figures are percentages. newsfacts is scored on the development splits in`,
  '../shared/corpora (the test splits are held out), the published systems on the official test sets: a yardstick,',
  'not a like-for-like comparison, except compromise alone on CoNLL dev.',
  failures ? `\n${failures} documents failed to extract and were scored as empty.` : '',
  '',
  ...datesTable(),
  '',
  ...entitiesTable(),
  '',
  ...publicationTable(),
  '',
  ...newsActorsTable(),
  '',
  ...callsAndAppealsTable(),
  '',
  ...casualtiesTable(),
  '',
  `Per file run time (s): ${[...new Map(results.map((r) => [`${r.file} (${r.profile})`, r.seconds])).entries()].map(([f, s]) => `${f} ${s.toFixed(1)}`).join(', ')}.`,
  '',
].join('\n');

mkdirSync(path.dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, markdown.replace(/\n{3,}/g, '\n\n'));
console.log(`eval: wrote ${path.relative(ROOT, OUTPUT)}`);
