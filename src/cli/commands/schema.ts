import { Command } from 'commander';

/** `newsfacts schema`: the JSON Schema every output record validates against. */
export function schemaCommand(): Command {
  return new Command('schema').description('print the JSON Schema of the output records').action(async () => {
    const { outputJsonSchema } = await import('../../schema.js');
    process.stdout.write(`${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
  });
}
