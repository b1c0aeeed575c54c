// Reading gold JSONL (the format of ../shared/corpora): one document a line, validated, with
// one-line errors that name the file and line.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { normalizeText } from '../document/read.js';
import { ActorType, CasualtyKind, TimexType } from '../schema.js';

const Offset = z.number().int().nonnegative();
const Count = z.number().int().nonnegative();

const GoldTimex = z.object({ start: Offset, end: Offset, text: z.string(), type: TimexType, value: z.string() });
const GoldEntity = z.object({ start: Offset, end: Offset, text: z.string(), type: z.enum(['PER', 'ORG', 'LOC', 'MISC']) });
const GoldActor = z.object({
  name: z.string().min(1),
  type: ActorType,
  title: z.string().nullable().default(null),
  country: z.string().nullable().default(null),
});
const GoldCall = z.object({
  participants: z.array(z.string().min(1)).min(1),
  date: z.string().nullable().default(null),
  evidence: z.string().optional(),
});
const GoldAppeal = z.object({ actor: z.string().min(1), demand: z.string().optional() });
const GoldCasualty = z.object({
  kind: CasualtyKind,
  count: Count.nullable(),
  qualifier: z.string().optional(),
  text: z.string().optional(),
});

const ANNOTATIONS = ['timexes', 'entities', 'actors', 'calls', 'appeals', 'casualties'] as const;
export type Annotation = (typeof ANNOTATIONS)[number];

const GoldLine = z.object({
  id: z.string().min(1),
  dct: z.string().nullable().default(null),
  text: z.string(),
  annotates: z.array(z.string()).optional(),
  timexes: z.array(GoldTimex).optional(),
  entities: z.array(GoldEntity).optional(),
  actors: z.array(GoldActor).optional(),
  calls: z.array(GoldCall).optional(),
  appeals: z.array(GoldAppeal).optional(),
  casualties: z.array(GoldCasualty).optional(),
  /** Casualty corpora: which gold counts the article states verbatim. */
  countStatedByType: z.record(z.string(), z.boolean()).optional(),
});

export type GoldTimex = z.infer<typeof GoldTimex>;
export type GoldEntity = z.infer<typeof GoldEntity>;
export type GoldActor = z.infer<typeof GoldActor>;
export type GoldCall = z.infer<typeof GoldCall>;
export type GoldAppeal = z.infer<typeof GoldAppeal>;
export type GoldCasualty = z.infer<typeof GoldCasualty>;
export type GoldDoc = Omit<z.infer<typeof GoldLine>, 'annotates'>;

/** A gold document that carries the annotation `A`. */
export type GoldWith<A extends Annotation> = GoldDoc & Required<Pick<GoldDoc, A>>;

export class GoldError extends Error {}

const READ_PROBLEMS: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'a folder, not a file', EACCES: 'permission denied' };

/** Reads and validates a gold file; throws GoldError with "FILE:LINE: what is wrong". */
export function readGold(file: string): GoldDoc[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new GoldError(`${file}: cannot read it (${READ_PROBLEMS[code] ?? code ?? String(error)})`);
  }
  return parseGold(content, file);
}

export function parseGold(content: string, file: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    docs.push(parseGoldLine(lines[i], `${file}:${i + 1}`));
  }
  if (docs.length === 0) throw new GoldError(`${file}: no gold documents`);
  return docs;
}

function parseGoldLine(line: string, where: string): GoldDoc {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new GoldError(`${where}: not valid JSON`);
  }
  const parsed = GoldLine.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
    throw new GoldError(`${where}: ${path.replace(/^\./, '') || 'line'}: ${issue.message}`);
  }
  const { annotates, ...doc } = parsed.data;
  for (const name of annotates ?? []) {
    if (!(ANNOTATIONS as readonly string[]).includes(name)) throw new GoldError(`${where}: unknown annotation "${name}"`);
    if (doc[name as Annotation] === undefined) throw new GoldError(`${where}: annotates ${name} but has no "${name}" field`);
  }
  // Only what the document says it annotates is gold (an empty list then means "none here").
  if (annotates) for (const name of ANNOTATIONS) if (!annotates.includes(name)) delete doc[name];
  checkSpans(doc.timexes ?? [], doc.text, 'timexes', where);
  checkSpans(doc.entities ?? [], doc.text, 'entities', where);
  return toReadText(doc);
}

type GoldSpan = { start: number; end: number; text: string };

function checkSpans(spans: readonly GoldSpan[], text: string, field: string, where: string): void {
  spans.forEach((span, i) => {
    if (span.end <= span.start || text.slice(span.start, span.end) !== span.text) {
      throw new GoldError(`${where}: ${field}[${i}]: offsets ${span.start}-${span.end} do not give its text "${span.text}"`);
    }
  });
}

/**
 * The extractor reports offsets into the text after BOM removal and CRLF→LF; gold spans are moved
 * to the same text so both sides count alike.
 */
function toReadText(doc: GoldDoc): GoldDoc {
  const text = normalizeText(doc.text);
  if (text === doc.text) return doc;
  const shift = readTextOffsets(doc.text);
  const move = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: shift[span.start], end: shift[span.end] });
  return { ...doc, text, timexes: doc.timexes?.map(move), entities: doc.entities?.map(move) };
}

/** For every offset of the raw text, the offset of the same place in the normalized text. */
function readTextOffsets(raw: string): number[] {
  const offsets: number[] = [];
  let out = 0;
  for (let i = 0; i < raw.length; i++) {
    offsets.push(out);
    const dropped = (i === 0 && raw.charCodeAt(0) === 0xfeff) || (raw[i] === '\r' && raw[i + 1] === '\n');
    if (!dropped) out++;
  }
  offsets.push(out);
  return offsets;
}
