import { Command } from 'commander';
import { outputJsonSchema } from '../../schema.js';

/** `newsfacts schema`: the JSON Schema every output record validates against. */
export function schemaCommand(): Command {
  return new Command('schema').description('print the JSON Schema of the output records').action(() => {
    process.stdout.write(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
  });
}
