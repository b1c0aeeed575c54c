// The command line: a thin layer over the library, one file per subcommand in commands/.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, type Option } from 'commander';
import { evalCommand } from './commands/eval.js';
import { extractCommand } from './commands/extract.js';
import { eventsCommand } from './commands/events.js';
import { loadCommand } from './commands/load.js';
import { queryCommand } from './commands/query.js';
import { reportCommand } from './commands/report.js';
import { schemaCommand } from './commands/schema.js';
import { describeError } from '../describe-error.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, NewsfactsError } from './errors.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** `newsfacts --help` lists the options of the default command too, since `newsfacts FILE` takes them. */
function withDefaultCommandOptions(cmd: Command, program: Command, defaultCommand: Command): Option[] {
  const help = new Help();
  const own = help.visibleOptions(cmd);
  if (cmd !== program) return own;
  const flags = new Set(own.map((option) => option.flags));
  return [...own, ...help.visibleOptions(defaultCommand).filter((option) => !flags.has(option.flags))];
}

/** Runs the CLI on argv and resolves to the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = EXIT_OK;
  const setExitCode = (code: number) => {
    exitCode = code;
  };
  const output = { outputError: (text: string, write: (s: string) => void) => write(text.replace(/^error: /, 'newsfacts: ')) };
  const extract = extractCommand(setExitCode);
  const program: Command = new Command('newsfacts')
    .description('Print the facts in news articles: actors, calls, appeals, dates and casualty figures.')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput(output)
    .configureHelp({ visibleOptions: (cmd: Command): Option[] => withDefaultCommandOptions(cmd, program, extract) })
    .addCommand(extract, { isDefault: true })
    .addCommand(evalCommand())
    .addCommand(schemaCommand())
    .addCommand(loadCommand(setExitCode))
    .addCommand(queryCommand())
    .addCommand(eventsCommand())
    .addCommand(reportCommand());
  for (const command of program.commands) command.exitOverride().configureOutput(output);

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    process.stderr.write(`newsfacts: ${describeError(error)}\n`);
    return error instanceof NewsfactsError ? error.exitCode : EXIT_FAILURE;
  }
}
