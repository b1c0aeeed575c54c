// Hand-written inline SVG charts: nothing to download, nothing to run when the page is viewed.
import { anchor, esc } from './escape.js';

const DAY_MS = 86_400_000;
const day = (iso: string) => Date.parse(iso.slice(0, 10));
const PALETTE = ['#c0392b', '#2471a3', '#d68910', '#7d3c98', '#17a589', '#5d6d7e'];
export const colour = (i: number) => PALETTE[i % PALETTE.length];

/** Date ticks for an axis from `from` to `to` (ms): about six, on whole days. */
function ticks(from: number, to: number): number[] {
  const step = Math.max(1, Math.ceil((to - from) / DAY_MS / 6)) * DAY_MS;
  const out: number[] = [];
  for (let t = from; t <= to; t += step) out.push(t);
  return out;
}
const label = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Longest event label drawn beside the timeline; the full one is in the dot's tooltip. */
const MAX_LABEL = 50;

export interface TimelinePoint {
  id: string;
  date: string;
  label: string;
  sources: number;
}

/** One row per call event: a dot at its date, sized by its number of sources, linked to its evidence. */
export function timelineChart(points: TimelinePoint[]): string {
  if (points.length === 0) return '<p class="none">No dated call events.</p>';
  const width = 960, left = 330, right = 60, row = 22, top = 30;
  const times = points.map((p) => day(p.date));
  const from = Math.min(...times), to = Math.max(...times, from + DAY_MS);
  const x = (t: number) => left + 15 + ((t - from) / (to - from)) * (width - left - right - 15);
  const height = top + points.length * row + 10;
  const axis = ticks(from, to).map((t) =>
    `<line x1="${x(t)}" y1="${top - 8}" x2="${x(t)}" y2="${height}" class="grid"/><text x="${x(t)}" y="${top - 12}" class="tick">${label(t)}</text>`).join('');
  const dots = points.map((p, i) => {
    const y = top + i * row + row / 2;
    const r = 4 + 3 * Math.sqrt(p.sources);
    const shown = p.label.length > MAX_LABEL ? `${p.label.slice(0, MAX_LABEL - 1)}…` : p.label;
    return `<a href="#${anchor(p.id)}"><text x="${left - 10}" y="${y + 4}" class="name">${esc(shown)}</text>` +
      `<circle cx="${x(day(p.date))}" cy="${y}" r="${r}" class="dot"><title>${esc(`${p.label}, ${p.date}: ${p.sources} source(s)`)}</title></circle></a>`;
  }).join('');
  return `<svg class="chart" role="img" aria-label="call events over time" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${axis}${dots}</svg>`;
}

export interface Series {
  name: string;
  points: { date: string; value: number; href: string; title: string }[];
}

/** Figures over publication dates, one line per series, on one scale. */
export function lineChart(series: Series[], firstColour = 0): string {
  const width = 300, height = 150, left = 50, right = 70, top = 15, bottom = 30;
  const all = series.flatMap((s) => s.points);
  const times = all.map((p) => day(p.date));
  const from = Math.min(...times), to = Math.max(...times, from + DAY_MS);
  const max = Math.max(...all.map((p) => p.value), 1);
  const x = (t: number) => left + 10 + ((t - from) / (to - from)) * (width - left - right - 10);
  const y = (v: number) => top + (1 - v / max) * (height - top - bottom);
  const axis = ticks(from, to).map((t) => `<text x="${x(t)}" y="${height - 12}" class="tick">${label(t).slice(5)}</text>`).join('') +
    `<line x1="${left}" y1="${y(0)}" x2="${width - right}" y2="${y(0)}" class="axis"/>` +
    `<text x="${left - 6}" y="${y(max) + 4}" class="tick end">${max}</text><text x="${left - 6}" y="${y(0) + 4}" class="tick end">0</text>`;
  const lines = series.map((s, n) => {
    const i = n + firstColour;
    const pts = s.points.map((p) => `${x(day(p.date))},${y(p.value)}`).join(' ');
    const last = s.points.at(-1)!;
    const marks = s.points.map((p) =>
      `<a href="#${p.href}"><circle cx="${x(day(p.date))}" cy="${y(p.value)}" r="4" fill="${colour(i)}"><title>${esc(p.title)}</title></circle></a>`).join('');
    return `<polyline points="${pts}" fill="none" stroke="${colour(i)}" stroke-width="2"/>${marks}` +
      `<text x="${width - right + 6}" y="${y(last.value) + 4}" fill="${colour(i)}" class="series">${last.value}</text>`;
  }).join('');
  return `<svg class="chart" role="img" aria-label="casualty figures over time" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${axis}${lines}</svg>`;
}

/** Horizontal bars, longest first. */
export function barChart(bars: { label: string; value: number; href?: string }[]): string {
  if (bars.length === 0) return '<p class="none">No actors in call events.</p>';
  const width = 460, left = 190, row = 20;
  const max = Math.max(...bars.map((b) => b.value));
  const height = bars.length * row + 6;
  const body = bars.map((b, i) => {
    const w = ((width - left - 40) * b.value) / max;
    const bar = `<text x="${left - 8}" y="${i * row + 14}" class="name">${esc(b.label)}</text>` +
      `<rect x="${left}" y="${i * row + 3}" width="${Math.max(w, 1)}" height="${row - 6}" class="bar"/>` +
      `<text x="${left + w + 5}" y="${i * row + 14}" class="tick start">${b.value}</text>`;
    return b.href ? `<a href="#${b.href}">${bar}</a>` : bar;
  }).join('');
  return `<svg class="chart" role="img" aria-label="most active actors" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${body}</svg>`;
}
