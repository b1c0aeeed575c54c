// Shared by the one-rule appeal test files: appeals found in a hand-built context, as plain facts.
import { extractAppeals } from '../../../src/extract/appeals/index.js';
import { contextFor, namesOf, type ActorSpec } from '../../calls/context.js';

export const ROTH: ActorSpec = { type: 'person', name: 'Anna Roth', forms: ['Anna Roth', 'Roth'], country: 'Germany' };
export const MENDES: ActorSpec = { type: 'person', name: 'Carlos Mendes', forms: ['Carlos Mendes', 'Mendes'], country: 'Brazil' };
export const COUNCIL: ActorSpec = { type: 'organization', name: 'Nordic Council', forms: ['Nordic Council', 'Council'] };
export const BRAZIL: ActorSpec = { type: 'country', name: 'Brazil', forms: ['Brazil'] };

export function appealsIn(text: string, actors: ActorSpec[]): { who: string; demand: string; rules: string[] }[] {
  const ctx = contextFor(text, actors);
  return extractAppeals(ctx).map((a) => ({ who: namesOf(ctx, [a.actor])[0], demand: a.demand, rules: a.rules ?? [] }));
}
