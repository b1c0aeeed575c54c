// The options of the article pipeline, shared by `extract` and `load` so both read inputs alike.
import { Option, type Command } from 'commander';
import { DEFAULT_MAX_CHARS } from '../input/limits.js';
import { RECORD_KINDS } from '../kinds.js';
import { DEFAULT_TIMEOUT_MS, DEFAULT_TIMEOUT_MS_PER_MB } from './budget.js';
import { INPUT_KINDS, PROFILE_HELP, parseInputKind, parseJobs, parseKinds, parseMaxChars, parseProfile, parseRefDate, parseTimeout } from './options.js';

/** 2000000 as "2,000,000": toLocaleString would load the locale data (a tenth of a second) for one help line. */
const withThousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

export function withBatchOptions(command: Command): Command {
  return command
    .addOption(new Option('--only <kinds>', `comma list of ${RECORD_KINDS.join(',')}`).argParser(parseKinds).default([...RECORD_KINDS], 'all'))
    .addOption(new Option('--ref-date <YYYY-MM-DD>', 'anchor for relative dates; overrides the detected publication date').argParser(parseRefDate))
    .addOption(new Option('--input <kind>', INPUT_KINDS.join(' | ')).argParser(parseInputKind).default('auto'))
    .option('--text-field <name>', 'JSONL field holding the article text', 'text')
    .option('--date-field <name>', 'JSONL field holding the publication date', 'date')
    .option('--id-field <name>', 'JSONL field holding the document id', 'id')
    .addOption(new Option('-j, --jobs <n>', 'documents processed in parallel on worker threads (default: cores)').argParser(parseJobs))
    .addOption(new Option('--timeout-ms <ms>', `time budget per document; past it the document is reported as failed (default ${DEFAULT_TIMEOUT_MS} plus ${DEFAULT_TIMEOUT_MS_PER_MB} per million characters, on worker threads; given explicitly, every document runs on one)`).argParser(parseTimeout))
    .addOption(new Option('--max-chars <n>', 'longest article text read; a longer one is reported as failed, unread').argParser(parseMaxChars).default(DEFAULT_MAX_CHARS, withThousands(DEFAULT_MAX_CHARS)))
    .addOption(new Option('--profile <name>', PROFILE_HELP).argParser(parseProfile).default('news'));
}
