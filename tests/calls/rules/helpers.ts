// Shared by the one-rule test files: a context with hand-placed actors, the calls found in it as
// plain facts (party names, medium, cameo, date value, rule ids).
import { extractCalls } from '../../../src/extract/calls/index.js';
import { contextFor, namesOf, type ActorSpec, type DateSpec } from '../context.js';

export const ROTH: ActorSpec = { type: 'person', name: 'Anna Roth', forms: ['Anna Roth', 'Roth'], country: 'Germany' };
export const MENDES: ActorSpec = { type: 'person', name: 'Carlos Mendes', forms: ['Carlos Mendes', 'Mendes'], country: 'Brazil' };
export const SATO: ActorSpec = { type: 'person', name: 'Ken Sato', forms: ['Ken Sato', 'Sato'], country: 'Japan' };
export const country = (name: string, ...forms: string[]): ActorSpec => ({ type: 'country', name, forms: [name, ...forms] });

export interface CallFacts {
  parties: string[];
  medium: string;
  cameo: string;
  date: string | null;
  rules: string[];
}

export function callsIn(text: string, actors: ActorSpec[], dates: DateSpec[] = []): CallFacts[] {
  const ctx = contextFor(text, actors, dates);
  return extractCalls(ctx).map((c) => ({
    parties: namesOf(ctx, c.participants),
    medium: c.medium,
    cameo: c.cameo,
    date: c.date?.value ?? null,
    rules: c.rules ?? [],
  }));
}
