// The corpus database's tables, as data: one list of columns per table serves the CREATE
// statements and the order in which load.ts appends each row. Every table carries doc_id, and the
// records of one document join on (doc_id, actor_id) or (doc_id, call_id).

/** Raised whenever a table or column changes meaning; a database of another version is refused. */
export const SCHEMA_VERSION = 1;

type Column = readonly [name: string, type: string];

export const TABLES = {
  documents: [
    ['doc_id', 'VARCHAR'], ['source', 'VARCHAR'], ['url', 'VARCHAR'], ['published_at', 'DATE'], ['reference_date', 'DATE'],
    ['dateline_places', 'VARCHAR[]'], ['agency', 'VARCHAR'], ['chars', 'INTEGER'], ['text_hash', 'VARCHAR'], ['settings', 'VARCHAR'],
  ],
  actors: [
    ['doc_id', 'VARCHAR'], ['actor_id', 'VARCHAR'], ['type', 'VARCHAR'], ['name', 'VARCHAR'], ['title', 'VARCHAR'],
    ['country', 'VARCHAR'], ['aliases', 'VARCHAR[]'], ['mention_count', 'INTEGER'],
  ],
  mentions: [['doc_id', 'VARCHAR'], ['actor_id', 'VARCHAR'], ['text', 'VARCHAR'], ['start_offset', 'INTEGER'], ['end_offset', 'INTEGER']],
  calls: [
    ['doc_id', 'VARCHAR'], ['call_id', 'VARCHAR'], ['medium', 'VARCHAR'], ['cameo', 'VARCHAR'], ['date_text', 'VARCHAR'],
    ['date_value', 'VARCHAR'], ['call_date', 'DATE'], ['initiator', 'VARCHAR'], ['topics', 'VARCHAR[]'],
    ['evidence', 'VARCHAR'], ['start_offset', 'INTEGER'], ['end_offset', 'INTEGER'],
  ],
  call_participants: [['doc_id', 'VARCHAR'], ['call_id', 'VARCHAR'], ['actor_id', 'VARCHAR'], ['position', 'INTEGER']],
  appeals: [
    ['doc_id', 'VARCHAR'], ['appeal_no', 'INTEGER'], ['actor_id', 'VARCHAR'], ['verb', 'VARCHAR'], ['demand', 'VARCHAR'],
    ['evidence', 'VARCHAR'], ['start_offset', 'INTEGER'], ['end_offset', 'INTEGER'],
  ],
  dates: [
    ['doc_id', 'VARCHAR'], ['date_no', 'INTEGER'], ['text', 'VARCHAR'], ['type', 'VARCHAR'], ['value', 'VARCHAR'],
    ['start_offset', 'INTEGER'], ['end_offset', 'INTEGER'],
  ],
  casualties: [
    ['doc_id', 'VARCHAR'], ['casualty_no', 'INTEGER'], ['kind', 'VARCHAR'], ['count', 'INTEGER'], ['min_count', 'INTEGER'],
    ['max_count', 'INTEGER'], ['qualifier', 'VARCHAR'], ['victims', 'VARCHAR'], ['actor_id', 'VARCHAR'],
    ['text', 'VARCHAR'], ['start_offset', 'INTEGER'], ['end_offset', 'INTEGER'],
  ],
  warnings: [['doc_id', 'VARCHAR'], ['code', 'VARCHAR'], ['message', 'VARCHAR']],
} as const satisfies Record<string, readonly Column[]>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** Holds schema_version; its absence marks a DuckDB file that newsfacts did not make. */
export const META_TABLE = 'newsfacts_meta';

export function createStatements(): string[] {
  const tables = TABLE_NAMES.map((t) => `CREATE TABLE ${t} (${TABLES[t].map(([name, type]) => `${name} ${type}`).join(', ')})`);
  return [
    `CREATE TABLE ${META_TABLE} (key VARCHAR, value VARCHAR)`,
    `INSERT INTO ${META_TABLE} VALUES ('schema_version', '${SCHEMA_VERSION}')`,
    ...tables,
  ];
}
