// `newsfacts report facts.duckdb -o report.html`: one self-contained HTML page of the database's events.
import path from 'node:path';
import { Command } from 'commander';
import { fileSink } from '../output-file.js';

async function runReport(file: string, flags: { output: string; title?: string }): Promise<void> {
  const { openDatabase } = await import('../../db/open.js');
  const { reportHtml } = await import('../../db/report/page.js');
  const db = await openDatabase(file, 'read');
  let html: string;
  try {
    html = await reportHtml(db, flags.title ?? `newsfacts report: ${path.basename(file)}`);
  } finally {
    db.close();
  }
  const sink = await fileSink(flags.output);
  try {
    await sink.write(html);
    await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

export function reportCommand(): Command {
  return new Command('report')
    .description('write one self-contained HTML report: call timeline, casualty timelines, actors, evidence')
    .argument('<database>', 'DuckDB file made by newsfacts load')
    .option('-o, --output <file>', 'the HTML file to write', 'report.html')
    .option('--title <text>', 'the page title')
    .action(runReport);
}
