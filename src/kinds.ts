// Names shared by the schema and the command line, kept apart from the zod schema so that
// `newsfacts --version` and `--help` start without loading it.

export const SCHEMA_ID = 'newsfacts/1';

export const RECORD_KINDS = ['actors', 'calls', 'appeals', 'dates', 'casualties'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
