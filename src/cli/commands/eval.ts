import { Command, Option } from 'commander';
import { RECORD_KINDS, type RecordKind } from '../../kinds.js';
import { EXIT_FAILURE, NewsfactsError, UsageError } from '../errors.js';
import { PROFILE_HELP, parseProfile } from '../options.js';
import type { Profile } from '../../extract/profile.js';

const EVAL_FORMATS = ['table', 'json'];

interface EvalFlags {
  kinds?: string;
  format: string;
  errors?: boolean;
  min?: string[];
  profile: Profile;
}

function parseEvalKinds(value: string): RecordKind[] {
  const kinds = value.split(',').map((kind) => kind.trim()).filter(Boolean);
  const unknown = kinds.filter((kind) => !(RECORD_KINDS as readonly string[]).includes(kind));
  if (unknown.length || kinds.length === 0) {
    throw new UsageError(`--kinds: unknown kind "${unknown.join(',') || value}" (choose from ${RECORD_KINDS.join(', ')})`);
  }
  return kinds as RecordKind[];
}

async function runEval(file: string, flags: EvalFlags): Promise<void> {
  // Loaded here, as extract does, so --version and --help start fast.
  const { checkFloors, evaluate, formatJson, formatTable, readGold, parseFloor, GoldError, FloorError } =
    await import('../../eval/index.js');
  const { createProgress } = await import('../progress.js');
  const asUsageError = (error: unknown) =>
    error instanceof GoldError || error instanceof FloorError ? new UsageError(error.message) : error;
  if (!EVAL_FORMATS.includes(flags.format)) {
    throw new UsageError(`--format: unknown format "${flags.format}" (choose from ${EVAL_FORMATS.join(', ')})`);
  }
  const kinds = flags.kinds === undefined ? undefined : parseEvalKinds(flags.kinds);
  let golds;
  let floors;
  try {
    floors = (flags.min ?? []).map(parseFloor);
    golds = readGold(file);
  } catch (error) {
    throw asUsageError(error);
  }
  const progress = await createProgress(golds.length, true);
  let report;
  try {
    report = evaluate(file, golds, { kinds, profile: flags.profile, onProgress: () => progress.tick() });
  } finally {
    progress.stop();
  }
  if (report.sections.length === 0) throw new UsageError(`${file}: no gold for ${kinds?.join(', ') ?? 'any kind'}`);

  let below: string[];
  try {
    below = checkFloors(report, floors);
  } catch (error) {
    throw asUsageError(error);
  }
  const format = flags.format === 'json' ? formatJson : formatTable;
  process.stdout.write(format(report, { errors: flags.errors }));
  for (const failure of report.failures) process.stderr.write(`newsfacts: ${file}: document ${failure.doc}: ${failure.message}\n`);
  if (below.length) throw new NewsfactsError(`below the floor: ${below.join('; ')}`, EXIT_FAILURE);
  if (report.failures.length) throw new NewsfactsError(`${report.failures.length} documents failed to extract`, EXIT_FAILURE);
}

/** `newsfacts eval GOLD.jsonl`: scores the extractor against a gold file and prints P/R/F1 per kind. */
export function evalCommand(): Command {
  return new Command('eval')
    .description('run the extractor on each gold document and print precision, recall and F1 per kind')
    .argument('<gold>', 'gold JSON Lines file (the format of ../shared/corpora)')
    .option('--kinds <kinds>', `comma list of ${RECORD_KINDS.join(',')} (default: every kind the gold has)`)
    .option('-f, --format <format>', `${EVAL_FORMATS.join(' | ')}`, 'table')
    .addOption(new Option('--profile <name>', PROFILE_HELP).argParser(parseProfile).default('news'))
    .option('--errors', 'list every false positive, false negative and mismatch with its document id')
    .option(
      '--min <KIND.METRIC=x>',
      'exit 1 when a score is below the floor, e.g. dates.value-f1=0.8 (repeatable)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .action(runEval);
}
