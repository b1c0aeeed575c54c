// Hand-built extraction contexts: a document plus actor and date records placed by hand, so the
// call and appeal extractors are tested on their own, whatever the actor and date stages do.
import { readDocument } from '../../src/document/read.js';
import { createContext, type DateFinding, type ExtractContext, type RelativeShift } from '../../src/extract/context.js';
import type { Actor, ActorType } from '../../src/schema.js';

export interface ActorSpec {
  type: ActorType;
  name: string;
  /** Every form the text uses for the actor; each occurrence becomes a mention. */
  forms: string[];
  country?: string;
  title?: string;
}

export interface DateSpec {
  text: string;
  value: string;
  /** Which occurrence of `text` (0 = first). */
  nth?: number;
  shift?: RelativeShift;
}

function occurrences(text: string, form: string): number[] {
  const found: number[] = [];
  const re = new RegExp(`(?<![\\w])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m.index);
  return found;
}

export function contextFor(text: string, actors: ActorSpec[], dates: DateSpec[] = [], refDate = '2031-05-07'): ExtractContext {
  const doc = readDocument(text, { refDate });
  const ctx = createContext(doc);
  ctx.actors = actors.map(
    (spec, i): Actor => ({
      id: `A${i + 1}`,
      type: spec.type,
      name: spec.name,
      title: spec.title ?? null,
      country: spec.country ?? null,
      aliases: [],
      mentions: spec.forms
        .flatMap((form) => occurrences(doc.text, form).map((start) => ({ start, end: start + form.length, text: form })))
        .sort((a, b) => a.start - b.start),
    }),
  );
  ctx.dates = dates.map((spec): DateFinding => {
    const start = occurrences(doc.text, spec.text)[spec.nth ?? 0];
    if (start === undefined) throw new Error(`date text not in the document: ${spec.text}`);
    return { text: spec.text, start, end: start + spec.text.length, type: 'DATE', value: spec.value, shift: spec.shift };
  });
  return ctx;
}

/** Actor names of a record's actor ids. */
export function namesOf(ctx: ExtractContext, ids: readonly string[]): string[] {
  return ids.map((id) => ctx.actors.find((a) => a.id === id)!.name);
}
