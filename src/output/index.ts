import { csvFormatter } from './csv.js';
import { jsonFormatter } from './json.js';
import { mdFormatter } from './md.js';
import { ndjsonFormatter } from './ndjson.js';
import { tableFormatter } from './table.js';
import type { Format, FormatOptions, Formatter } from './types.js';

export { FORMATS, type Format, type Formatter } from './types.js';

export function createFormatter(format: Format, options: FormatOptions): Formatter {
  switch (format) {
    case 'json':
      return jsonFormatter();
    case 'ndjson':
      return ndjsonFormatter();
    case 'table':
      return tableFormatter(options);
    case 'csv':
      return csvFormatter();
    case 'md':
      return mdFormatter();
  }
}
