// The report's sections as HTML: charts first, then every fact with the sentences it rests on.
import type { CallEvent, Story } from '../events/types.js';
import { anchor, esc, safeUrl } from './escape.js';
import { barChart, colour, lineChart, timelineChart } from './svg.js';

/** Stories drawn as charts: the ones with the most figures. */
const CHARTED_STORIES = 12;
const TOP_ACTORS = 15;
const MATRIX_ACTORS = 10;

const pair = (e: CallEvent) => e.participants.join(' ↔ ');

function sourceLink(s: { url: string | null; path: string; docId: string }): string {
  const url = safeUrl(s.url);
  return url ? `<a href="${esc(url)}" rel="noopener noreferrer">${esc(s.docId)}</a>` : `<span title="${esc(s.path)}">${esc(s.docId)}</span>`;
}

export function callTimeline(events: CallEvent[]): string {
  const dated = events.filter((e) => e.date);
  const points = dated.map((e) => ({ id: e.id, date: e.date!, label: `${e.id} ${pair(e)}`, sources: e.sources.length }));
  const undated = events.length - dated.length;
  return `<section id="timeline"><h2>Call events over time</h2>${timelineChart(points)}` +
    `<p class="note">${dated.length} dated call event(s); ${undated} without a date are listed below. Dot size: number of sources.</p></section>`;
}

function activity(events: CallEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) for (const p of new Set(e.participants)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

export function actorsSection(events: CallEvent[]): string {
  const counts = activity(events);
  const bars = [...counts].slice(0, TOP_ACTORS).map(([label, value]) => ({ label, value }));
  const names = [...counts.keys()].slice(0, MATRIX_ACTORS);
  const between = (a: string, b: string) => events.filter((e) => a !== b && e.participants.includes(a) && e.participants.includes(b));
  const max = Math.max(1, ...names.flatMap((a) => names.map((b) => between(a, b).length)));
  const cell = (a: string, b: string) => {
    const list = between(a, b);
    if (list.length === 0) return '<td></td>';
    const shade = Math.round(235 - (list.length / max) * 140);
    return `<td style="background:rgb(${shade},${shade},255)" title="${esc(list.map((e) => e.id).join(' '))}"><a href="#${anchor(list[0].id)}">${list.length}</a></td>`;
  };
  const matrix = names.length < 2 ? '<p class="none">Too few actors for a matrix.</p>' :
    `<table class="matrix"><tr><th></th>${names.map((n) => `<th class="col">${esc(n)}</th>`).join('')}</tr>` +
    names.map((a) => `<tr><th>${esc(a)}</th>${names.map((b) => cell(a, b)).join('')}</tr>`).join('') + '</table>';
  return `<section id="actors"><h2>Most active actors</h2><div class="pair"><div><h3>Call events per actor</h3>${barChart(bars)}</div>` +
    `<div><h3>Who talks to whom</h3>${matrix}</div></div></section>`;
}

const figureAnchor = (story: Story, kind: string, i: number) => anchor(story.id, kind, i);

export function storyCharts(stories: Story[]): string {
  const charted = stories
    .filter((s) => s.timelines.some((t) => t.figures.some((f) => f.value !== null && f.publishedAt)))
    .sort((a, b) => b.articles - a.articles || b.timelines.length - a.timelines.length)
    .slice(0, CHARTED_STORIES);
  const charts = charted.map((story) => {
    // One small chart per kind: a toll of 30 stays readable beside 5,000 displaced.
    const perKind = story.timelines.map((t, k) => {
      const points = t.figures.flatMap((f, i) => (f.value !== null && f.publishedAt
        ? [{ date: f.publishedAt, value: f.value, href: figureAnchor(story, t.kind, i), title: `${t.kind} ${f.value} (${f.qualifier}), ${f.docId}, ${f.publishedAt}` }]
        : []));
      return points.length ? `<div class="kind"><span style="color:${colour(k)}">${esc(t.kind)}</span>${lineChart([{ name: t.kind, points }], k)}</div>` : '';
    }).join('');
    return `<figure class="story"><figcaption><a href="#${anchor(story.id)}">${esc(story.id)}</a> ${esc(story.places.slice(0, 3).join(', ') || 'unnamed place')} · ${story.articles} article(s)</figcaption>${perKind}</figure>`;
  }).join('');
  return `<section id="stories-charts"><h2>Casualty timelines</h2>${charts || '<p class="none">No casualty figures.</p>'}</section>`;
}

export function callDetails(events: CallEvent[]): string {
  const items = events.map((e) => {
    const conflict = e.otherDates.length
      ? `<p class="conflict">Other dates reported: ${e.otherDates.map((d) => `${esc(d.date)} (${d.docIds.map(esc).join(', ')})`).join('; ')}</p>` : '';
    const sources = e.sources.map((s) =>
      `<li>${sourceLink(s)} · published ${esc(s.publishedAt ?? 'unknown')} · date given: ${esc(s.dateText ? `${s.dateText} (${s.date})` : 'none')}<blockquote>${esc(s.evidence)}</blockquote></li>`).join('');
    const meta = [e.date ?? 'date unknown', e.medium, e.cameo ? `CAMEO ${e.cameo}` : null, `${e.articles} article(s)`, `first report ${e.firstReport.publishedAt ?? 'unknown'}`].filter(Boolean);
    return `<article id="${anchor(e.id)}"><h3>${esc(e.id)} · ${esc(pair(e))}</h3><p class="meta">${esc(meta.join(' · '))}</p>${conflict}<ol>${sources}</ol></article>`;
  }).join('');
  return `<section id="calls"><h2>Call events and their evidence</h2>${items || '<p class="none">No call events.</p>'}</section>`;
}

export function storyDetails(stories: Story[]): string {
  const items = stories.map((story) => {
    const timelines = story.timelines.map((t, k) => {
      const rows = t.figures.map((f, i) =>
        `<tr id="${figureAnchor(story, t.kind, i)}"><td>${esc(f.publishedAt ?? 'unknown')}</td><td class="num">${esc(f.value ?? '?')}</td><td>${esc(f.qualifier)}</td><td>${sourceLink(f)}</td><td class="quote">${esc(f.text)}</td></tr>`).join('');
      const summary = `latest ${esc(t.latest?.value ?? '?')} (${esc(t.latest?.docId ?? '')}), highest ${esc(t.highest?.value ?? '?')} (${esc(t.highest?.docId ?? '')})`;
      return `<h4 style="color:${colour(k)}">${esc(t.kind)}: ${summary}</h4><table class="figures"><tr><th>published</th><th>figure</th><th>qualifier</th><th>source</th><th>what it says</th></tr>${rows}</table>`;
    }).join('');
    const title = `${story.id} · ${story.places.slice(0, 3).join(', ') || 'unnamed place'}`;
    return `<article id="${anchor(story.id)}"><h3>${esc(title)}</h3><p class="meta">${esc(`${story.articles} article(s), ${story.firstReport ?? '?'} to ${story.lastReport ?? '?'}`)}${story.actors.length ? ` · ${esc(story.actors.join(', '))}` : ''}</p>${timelines}</article>`;
  }).join('');
  return `<section id="stories"><h2>Stories and their casualty figures</h2>${items || '<p class="none">No stories.</p>'}</section>`;
}
