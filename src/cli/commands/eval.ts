import { Command } from 'commander';

/** `newsfacts eval GOLD.jsonl`: scores the extractor against gold files (being built: issue 3). */
export function evalCommand(): Command {
  return new Command('eval').description('score the extractor against a gold JSONL file').argument('<gold>');
}
