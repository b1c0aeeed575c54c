import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { DEFAULT_MAX_CHARS, isJsonlPath, readAhead, readArticles, resolvePaths, type Article, type InputKind } from '../../input/index.js';
import { createFormatter, type Format, type Formatter } from '../../output/index.js';
import { pipedFormatter } from '../../output/json.js';
import { RECORD_KINDS, type RecordKind } from '../../kinds.js';
import { EXIT_FAILURE, EXIT_OK } from '../errors.js';
import {
  FAIL_CONDITIONS, INPUT_KINDS, PROFILE_HELP, formatForFile, parseFailOn, parseFormat, parseInputKind, parseJobs, parseKinds, parseMaxChars, parseProfile, parseRefDate,
  parseTimeout,
  type FailCondition,
} from '../options.js';
import { TimeoutError, createProcessor, usefulThreads } from '../processor.js';
import { createProgress, showsProgress } from '../progress.js';
import type { ExtractedRecord } from '../worker.js';
import { stdoutSink } from '../sink.js';
import { fileSink } from '../output-file.js';
import { Tally, counted } from '../tally.js';
import { describeError } from '../../describe-error.js';
import type { Profile } from '../../extract/profile.js';

interface ExtractFlags {
  format?: Format;
  only: RecordKind[];
  refDate?: string;
  input: InputKind;
  textField: string;
  dateField: string;
  idField: string;
  maxChars: number;
  output?: string;
  failOn: FailCondition[];
  jobs?: number;
  timeoutMs?: number;
  color: boolean;
  quiet: boolean;
  explain: boolean;
  profile: Profile;
}

/**
 * Budget per document on worker threads when none is given: generous, it catches only runaways. It
 * grows with the text, about six times what one busy core needs per megabyte, so a long document
 * is never cut off for being long.
 */
const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_TIMEOUT_MS_PER_MB = 30_000;
const defaultBudget = (chars: number) => DEFAULT_TIMEOUT_MS + Math.round((chars / 1e6) * DEFAULT_TIMEOUT_MS_PER_MB);

/** Documents in flight per worker: enough to keep workers busy, few enough to bound memory. */
const WINDOW_PER_JOB = 4;

/** Articles read ahead of the one being launched, so file reads overlap extraction. */
const READ_AHEAD = 2;

type Outcome = { extracted: ExtractedRecord; source: string; readWarnings: Article['warnings'] } | { source: string; error: string };

function wantsColor(flags: ExtractFlags): boolean {
  return flags.color && !flags.output && !('NO_COLOR' in process.env) && process.stdout.isTTY === true;
}

function chooseFormatter(flags: ExtractFlags, lineInput: boolean, manyInputs: boolean): Formatter {
  const format = flags.format ?? (flags.output ? formatForFile(flags.output) : null);
  if (format) return createFormatter(format, { color: wantsColor(flags) });
  if (!flags.output && process.stdout.isTTY) return createFormatter('table', { color: wantsColor(flags) });
  return lineInput || manyInputs ? createFormatter('ndjson', { color: false }) : pipedFormatter();
}

async function runExtract(paths: string[], flags: ExtractFlags): Promise<number> {
  const refs = await resolvePaths(paths);
  const sink = flags.output ? await fileSink(flags.output) : stdoutSink();
  const tally = new Tally();
  let formatter: Formatter | null = null;
  const report = (line: string) => process.stderr.write(`newsfacts: ${line}\n`);

  const knownTotal = refs.every((r) => r.kind === 'file' && !isJsonlPath(r.path)) ? refs.length : null;
  const jobs = usefulThreads(flags.jobs ?? availableParallelism(), knownTotal);
  const batch = refs.length > 1 || refs.some((r) => r.kind === 'file' && isJsonlPath(r.path));
  const explicitBudget = flags.timeoutMs;
  const processor = createProcessor({
    jobs,
    budgetMs: explicitBudget === undefined ? defaultBudget : () => explicitBudget,
    strictTimeout: explicitBudget !== undefined,
    batch,
  });
  const progress = createProgress(knownTotal, showsProgress({
    enabled: batch && !flags.quiet,
    stderrIsTerminal: process.stderr.isTTY === true,
    outputOnTerminal: !flags.output && process.stdout.isTTY === true,
  }));
  // Outcomes are written strictly in input order, each as soon as it and all before it are done,
  // whatever order the workers finish in: a chain of writes, one link per document.
  let written: Promise<void> = Promise.resolve();
  const unwritten: Promise<void>[] = [];
  const launch = (outcome: Promise<Outcome>) => {
    written = written.then(() => outcome).then(finish);
    written.catch(() => {}); // a failed write is thrown where the loop awaits it, below
    unwritten.push(written);
  };

  const start = async (article: Article): Promise<Outcome> => {
    try {
      const extracted = await processor.run({
        text: article.text, id: article.id, source: article.source, publishedAt: article.publishedAt,
        refDate: flags.refDate, only: flags.only, explain: flags.explain, profile: flags.profile, readWarnings: article.warnings,
      });
      return { extracted, source: article.source, readWarnings: article.warnings };
    } catch (error) {
      const reason = describeError(error);
      return { source: article.source, error: error instanceof TimeoutError ? reason : `extraction failed (${reason})` };
    }
  };
  const finish = async (outcome: Outcome) => {
    progress.tick();
    if ('error' in outcome) {
      tally.failed();
      report(`${outcome.source}: ${outcome.error}`);
      return;
    }
    const { extracted, source, readWarnings } = outcome;
    if (!flags.quiet) for (const w of readWarnings) report(`${source}: warning: ${w.message}`);
    tally.add(extracted.counts);
    await sink.write(formatter!.record(extracted.json));
  };

  try {
    for await (const item of readAhead(readArticles(refs, flags, process.stdin), READ_AHEAD)) {
      if ('error' in item) {
        launch(Promise.resolve(item));
      } else {
        formatter ??= chooseFormatter(flags, item.article.fromJsonl, refs.length > 1);
        launch(start(item.article));
      }
      // Read on while documents are in flight; wait only when the window is full.
      while (unwritten.length > Math.max(jobs, 1) * WINDOW_PER_JOB) await unwritten.shift();
    }
    await written;
    formatter ??= chooseFormatter(flags, false, refs.length > 1);
    await sink.write(formatter.end());
    // A run where every input failed leaves an existing output file as it was.
    if (tally.documents === 0 && tally.failures > 0) await sink.abort();
    else await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    progress.stop();
    await processor.close();
  }

  if (!flags.quiet && (tally.documents + tally.failures > 1 || tally.failures > 0)) report(tally.summary());
  const held = failOnConditions(flags.failOn, tally);
  for (const condition of held) report(condition); // said even with -q: it is why the exit code is 1
  return tally.failures > 0 || held.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

/** The --fail-on conditions that held, each as the line that says so. */
function failOnConditions(failOn: FailCondition[], tally: Tally): string[] {
  const held: string[] = [];
  if (failOn.includes('no-records') && tally.records === 0) held.push('--fail-on no-records: no records were found');
  if (failOn.includes('warning') && tally.warnings > 0) held.push(`--fail-on warning: ${counted(tally.warnings, 'warning', 'warnings')}`);
  if (failOn.includes('error') && tally.failures > 0) held.push(`--fail-on error: ${counted(tally.failures, 'input', 'inputs')} failed`);
  return held;
}

export function extractCommand(setExitCode: (code: number) => void): Command {
  return new Command('extract')
    .description('print the facts in news articles (the default command)')
    .argument('[paths...]', 'files, folders (recursed), globs, or - for stdin; none: stdin')
    .addOption(new Option('-f, --format <fmt>', 'json | ndjson | table | csv | md (default: table on a terminal, json when piped, ndjson for >1 document)').argParser(parseFormat))
    .addOption(new Option('--only <kinds>', `comma list of ${RECORD_KINDS.join(',')}`).argParser(parseKinds).default([...RECORD_KINDS], 'all'))
    .addOption(new Option('--ref-date <YYYY-MM-DD>', 'anchor for relative dates; overrides the detected publication date').argParser(parseRefDate))
    .addOption(new Option('--input <kind>', INPUT_KINDS.join(' | ')).argParser(parseInputKind).default('auto'))
    .option('--text-field <name>', 'JSONL field holding the article text', 'text')
    .option('--date-field <name>', 'JSONL field holding the publication date', 'date')
    .option('--id-field <name>', 'JSONL field holding the document id', 'id')
    .addOption(new Option('-j, --jobs <n>', 'documents processed in parallel on worker threads (default: cores)').argParser(parseJobs))
    .addOption(new Option('--timeout-ms <ms>', `time budget per document; past it the document is reported as failed (default ${DEFAULT_TIMEOUT_MS} plus ${DEFAULT_TIMEOUT_MS_PER_MB} per million characters, on worker threads; given explicitly, every document runs on one)`).argParser(parseTimeout))
    .addOption(new Option('--max-chars <n>', 'longest article text read; a longer one is reported as failed, unread').argParser(parseMaxChars).default(DEFAULT_MAX_CHARS, DEFAULT_MAX_CHARS.toLocaleString('en-US')))
    .option('-o, --output <file>', 'write here instead of stdout (never a partial file on failure)')
    .addOption(new Option('--fail-on <conds>', `exit 1 when: ${FAIL_CONDITIONS.join(', ')} (comma list)`).argParser(parseFailOn).default([]))
    .option('--explain', 'every record carries `rules`: the ids of the rules that produced or changed it (json, ndjson)', false)
    .addOption(new Option('--profile <name>', PROFILE_HELP).argParser(parseProfile).default('news'))
    .option('--no-color', 'no colour (also NO_COLOR, or when not a terminal)')
    .option('-q, --quiet', 'no warnings, progress or summary on stderr', false)
    .action(async (paths: string[], flags: ExtractFlags) => {
      setExitCode(await runExtract(paths, flags));
    });
}
