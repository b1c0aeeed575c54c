// The output record, defined once: the TypeScript types and the JSON Schema
// printed by `newsfacts schema` both come from these zod definitions.
import { z } from 'zod';
import { SCHEMA_ID } from './kinds.js';

export { RECORD_KINDS, SCHEMA_ID, type RecordKind } from './kinds.js';

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

/** With --explain: the ids of the rules that produced or changed a record, in the order they acted. */
export const Rules = z
  .array(z.string())
  .optional()
  .describe('ids of the rules that produced or changed this record (only with --explain)');

export const ActorType = z.enum(['person', 'organization', 'country', 'place', 'group']);

export const Actor = z.object({
  id: z.string(),
  type: ActorType,
  name: z.string(),
  title: z.string().nullable(),
  country: z.string().nullable(),
  aliases: z.array(z.string()),
  mentions: z.array(Span),
  rules: Rules,
});

export const CallDate = z.object({ text: z.string(), value: z.string() });

export const Medium = z.enum(['phone', 'video', 'in-person', 'unspecified']);

/** CAMEO 04x "consult" codes (Gerner et al., CAMEO Event Data Codebook, 2012). */
export const Cameo = z
  .enum(['040', '041', '042', '043', '044', '045', '046'])
  .describe(
    'CAMEO consult code of the event: 040 consult (unspecified), 041 discuss by telephone or video, 042 make a visit, ' +
      '043 host a visit, 044 meet at a third location (a summit, its sidelines), 045 mediate, 046 negotiate',
  );

export const Call = z.object({
  id: z.string(),
  participants: z.array(z.string()),
  medium: Medium,
  cameo: Cameo,
  date: CallDate.nullable(),
  initiator: z.string().nullable(),
  topics: z.array(z.string()),
  evidence: Span,
  rules: Rules,
});

export const Appeal = z.object({
  actor: z.string(),
  verb: z.string(),
  demand: z.string(),
  evidence: Span,
  rules: Rules,
});

export const TimexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);

export const DateMention = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: TimexType,
  value: z.string(),
  rules: Rules,
});

export const CasualtyKind = z.enum(['killed', 'injured', 'missing', 'displaced', 'detained', 'affected']);
export const Qualifier = z.enum(['exact', 'approximate', 'at-least', 'at-most', 'range', 'vague']);

export const Casualty = z.object({
  kind: CasualtyKind,
  count: z.number().int().nonnegative().nullable(),
  min: z.number().int().nonnegative().nullable(),
  max: z.number().int().nonnegative().nullable(),
  qualifier: Qualifier,
  victims: z.string().nullable(),
  actor: z.string().optional(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rules: Rules,
});

export const Dateline = z.object({
  places: z.array(z.string()),
  agency: z.string().nullable(),
});

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});

export const FurnitureKind = z.enum([
  'header-label', 'navigation', 'caption', 'byline', 'date-stamp', 'share-prompt', 'newsletter', 'repeated-headline', 'page-code',
]);

/** A span of page furniture: kept in the text, never a source of facts. */
export const Furniture = z.object({
  kind: FurnitureKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  rule: z.string(),
});

export const DocumentRecord = z.object({
  schema: z.literal(SCHEMA_ID),
  id: z.string(),
  source: z.string(),
  publishedAt: z.string().nullable(),
  referenceDate: z.string().nullable(),
  dateline: Dateline.nullable(),
  actors: z.array(Actor),
  calls: z.array(Call),
  appeals: z.array(Appeal),
  dates: z.array(DateMention),
  casualties: z.array(Casualty),
  warnings: z.array(Warning),
  furniture: z
    .array(Furniture)
    .optional()
    .describe('with --explain: the page furniture (menus, captions, bylines, stamps) that no fact was taken from'),
});

export type Span = z.infer<typeof Span>;
export type ActorType = z.infer<typeof ActorType>;
export type Actor = z.infer<typeof Actor>;
export type Call = z.infer<typeof Call>;
export type Medium = z.infer<typeof Medium>;
export type Cameo = z.infer<typeof Cameo>;
export type Appeal = z.infer<typeof Appeal>;
export type TimexType = z.infer<typeof TimexType>;
export type DateMention = z.infer<typeof DateMention>;
export type CasualtyKind = z.infer<typeof CasualtyKind>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Casualty = z.infer<typeof Casualty>;
export type Dateline = z.infer<typeof Dateline>;
export type Warning = z.infer<typeof Warning>;
export type Furniture = z.infer<typeof Furniture>;
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export function outputJsonSchema(): object {
  return z.toJSONSchema(DocumentRecord, { target: 'draft-2020-12' });
}
