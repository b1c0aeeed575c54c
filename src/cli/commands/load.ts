// `newsfacts load facts.duckdb PATH...`: extract articles into a corpus database, in one transaction
// at the end (db/load.ts).
import { Command } from 'commander';
import { SCHEMA_ID } from '../../kinds.js';
import type { DocumentRecord } from '../../schema.js';
import { EXIT_FAILURE, EXIT_OK } from '../errors.js';
import type { BatchFlags } from '../batch.js';
import { withBatchOptions } from '../batch-options.js';

interface LoadFlags extends BatchFlags {
  urlField: string;
}

async function runLoad(file: string, paths: string[], flags: LoadFlags): Promise<number> {
  const { resolvePaths } = await import('../../input/index.js');
  const { reportLine, runBatch } = await import('../batch.js');
  const refs = await resolvePaths(paths);
  const { Loader, textHash } = await import('../../db/load.js');
  const settings = [SCHEMA_ID, `only=${flags.only.join(',')}`, `ref-date=${flags.refDate ?? ''}`, `profile=${flags.profile}`].join(' ');
  const loader = await Loader.begin(file, settings);
  const hashes = new Map<string, string>();
  try {
    const tally = await runBatch(refs, flags, false, {
      // The rows of each record are built in this thread; leaner workers keep the load's peak
      // memory well under an extraction's (docs/PERFORMANCE.md).
      workerHeap: 'lean',
      admit(article) {
        const hash = textHash(article.text);
        const wanted = loader.wants(article.id, hash);
        if (wanted) hashes.set(article.source, hash);
        return wanted;
      },
      async record(extracted, article) {
        const record = JSON.parse(extracted.json) as DocumentRecord;
        loader.write(record, { url: article.url ?? null, chars: article.text.length, textHash: hashes.get(article.source)! });
        hashes.delete(article.source);
      },
    });
    await loader.commit();
    const { added, replaced, unchanged } = loader.counts;
    if (!flags.quiet) reportLine(`${file}: ${added} added, ${replaced} replaced, ${unchanged} unchanged, ${tally.failures} failed`);
    return tally.failures > 0 ? EXIT_FAILURE : EXIT_OK;
  } catch (error) {
    loader.discard();
    throw error;
  }
}

export function loadCommand(setExitCode: (code: number) => void): Command {
  const command = new Command('load')
    .description('extract articles into a DuckDB corpus database (one transaction; unchanged documents are skipped)')
    .argument('<database>', 'DuckDB file, created when missing')
    .argument('[paths...]', 'files, folders (recursed), globs, or - for stdin; none: stdin');
  return withBatchOptions(command)
    .option('--url-field <name>', 'JSONL field holding the article URL', 'url')
    .option('-q, --quiet', 'no warnings, progress or summary on stderr', false)
    .action(async (file: string, paths: string[], flags: LoadFlags) => {
      setExitCode(await runLoad(file, paths, flags));
    });
}
