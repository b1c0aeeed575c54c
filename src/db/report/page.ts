// One self-contained HTML page: inline CSS and SVG, no script, nothing fetched when it is viewed.
import type { Database } from '../open.js';
import { readEvents } from '../events/read.js';
import { esc } from './escape.js';
import { actorsSection, callDetails, callTimeline, storyCharts, storyDetails } from './sections.js';

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:16px 24px;color:#1b2631}
h1{margin:0 0 4px}h2{border-bottom:2px solid #d5d8dc;padding-bottom:4px;margin-top:32px}
.meta,.note,.none{color:#566573}.conflict{color:#b03a2e;font-weight:600}
svg.chart{display:block;max-width:100%;height:auto}svg text{font:11px system-ui,sans-serif;fill:#1b2631}
.tick{text-anchor:middle;fill:#566573}.tick.end{text-anchor:end}.tick.start{text-anchor:start}.name{text-anchor:end}
.grid{stroke:#eaecee}.axis{stroke:#aab7b8}.dot{fill:#2471a3;fill-opacity:.75}.bar{fill:#2471a3}.series{font-weight:600}
.pair{display:flex;gap:24px;flex-wrap:wrap}figure.story{margin:0 0 16px}.kind{display:inline-block;margin-right:8px;vertical-align:top;font-weight:600}
figcaption{font-weight:600}table{border-collapse:collapse}td,th{padding:2px 6px;border:1px solid #eaecee;vertical-align:top}
.matrix td{text-align:center;min-width:24px}.matrix th.col{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal}
.num{text-align:right}blockquote{margin:4px 0 8px 12px;padding-left:8px;border-left:3px solid #d5d8dc;color:#34495e}
article{margin-bottom:18px}:target{background:#fef9e7}.quote{color:#34495e}
`;

export async function reportHtml(db: Database, title: string): Promise<string> {
  const events = await readEvents(db);
  const [totals] = await db.rows('SELECT (SELECT count(*)::INTEGER FROM documents) AS documents, (SELECT count(*)::INTEGER FROM calls) AS calls');
  const summary = `${totals.documents} articles · ${totals.calls} call records · ${events.callEvents.length} call events · ${events.stories.length} stories`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title><style>${STYLE}</style></head>
<body><header><h1>${esc(title)}</h1><p class="meta">${esc(summary)} · made by newsfacts</p>
<nav><a href="#timeline">timeline</a> · <a href="#actors">actors</a> · <a href="#stories-charts">casualty timelines</a> · <a href="#calls">call evidence</a> · <a href="#stories">story evidence</a></nav></header>
${callTimeline(events.callEvents)}
${actorsSection(events.callEvents)}
${storyCharts(events.stories)}
${callDetails(events.callEvents)}
${storyDetails(events.stories)}
</body></html>
`;
}
