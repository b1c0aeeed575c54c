import { Command, Option } from 'commander';
import type { Format, Formatter } from '../../output/index.js';
import { EXIT_FAILURE, EXIT_OK } from '../errors.js';
import { FAIL_CONDITIONS, formatForFile, parseFailOn, parseFormat, type FailCondition } from '../options.js';
import type { BatchFlags } from '../batch.js';
import { withBatchOptions } from '../batch-options.js';
import { type Tally, counted } from '../tally.js';

interface ExtractFlags extends BatchFlags {
  format?: Format;
  output?: string;
  failOn: FailCondition[];
  color: boolean;
  explain: boolean;
}

function wantsColor(flags: ExtractFlags): boolean {
  return flags.color && !flags.output && !('NO_COLOR' in process.env) && process.stdout.isTTY === true;
}

type Formatters = typeof import('../../output/index.js') & typeof import('../../output/json.js');

function chooseFormatter({ createFormatter, pipedFormatter }: Formatters, flags: ExtractFlags, lineInput: boolean, manyInputs: boolean): Formatter {
  const format = flags.format ?? (flags.output ? formatForFile(flags.output) : null);
  if (format) return createFormatter(format, { color: wantsColor(flags) });
  if (!flags.output && process.stdout.isTTY) return createFormatter('table', { color: wantsColor(flags) });
  return lineInput || manyInputs ? createFormatter('ndjson', { color: false }) : pipedFormatter();
}

/** The run-time parts load here, not with the command line: `--version` and `--help` need none of them. */
async function runExtract(paths: string[], flags: ExtractFlags): Promise<number> {
  const [{ resolvePaths }, { reportLine, runBatch }, { stdoutSink }, { fileSink }, formatters] = await Promise.all([
    import('../../input/index.js'),
    import('../batch.js'),
    import('../sink.js'),
    import('../output-file.js'),
    Promise.all([import('../../output/index.js'), import('../../output/json.js')]).then(([output, json]) => ({ ...output, ...json })),
  ]);
  const refs = await resolvePaths(paths);
  const sink = flags.output ? await fileSink(flags.output) : stdoutSink();
  let formatter: Formatter | null = null;
  let tally: Tally;
  try {
    tally = await runBatch(refs, flags, !flags.output && process.stdout.isTTY === true, {
      admit(article) {
        formatter ??= chooseFormatter(formatters, flags, article.fromJsonl, refs.length > 1);
        return true;
      },
      record: (extracted) => sink.write(formatter!.record(extracted.json)),
    });
    formatter ??= chooseFormatter(formatters, flags, false, refs.length > 1);
    await sink.write(formatter.end());
    // A run where every input failed leaves an existing output file as it was.
    if (tally.documents === 0 && tally.failures > 0) await sink.abort();
    else await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  }

  if (!flags.quiet && (tally.documents + tally.failures > 1 || tally.failures > 0)) reportLine(tally.summary());
  const held = failOnConditions(flags.failOn, tally);
  for (const condition of held) reportLine(condition); // said even with -q: it is why the exit code is 1
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
  const command = new Command('extract')
    .description('print the facts in news articles (the default command)')
    .argument('[paths...]', 'files, folders (recursed), globs, or - for stdin; none: stdin')
    .addOption(new Option('-f, --format <fmt>', 'json | ndjson | table | csv | md (default: table on a terminal, json when piped, ndjson for >1 document)').argParser(parseFormat));
  return withBatchOptions(command)
    .option('-o, --output <file>', 'write here instead of stdout (never a partial file on failure)')
    .addOption(new Option('--fail-on <conds>', `exit 1 when: ${FAIL_CONDITIONS.join(', ')} (comma list)`).argParser(parseFailOn).default([]))
    .option('--explain', 'every record carries `rules`: the ids of the rules that produced or changed it (json, ndjson)', false)
    .option('--no-color', 'no colour (also NO_COLOR, or when not a terminal)')
    .option('-q, --quiet', 'no warnings, progress or summary on stderr', false)
    .action(async (paths: string[], flags: ExtractFlags) => {
      setExitCode(await runExtract(paths, flags));
    });
}
