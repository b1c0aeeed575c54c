// Page furniture is kept in the text (offsets hold) but never yields an actor, call or appeal; the
// headline is content: its casualty figure counts.
import { extract } from 'newsfacts';
import { describe, expect, it } from 'vitest';

const page = [
  'All Sections',
  'Home | World | Politics',
  'Landslide kills 11 in mountain village',
  'By Carla Mendes and Ivo Tanaka',
  'Published March 9, 2023',
  'Landslide kills 11 in mountain village',
  'FILE PHOTO: Governor Rui Almeida visits the valley. REUTERS/Sofia Braga',
  'Share this: Facebook',
  'QUITO, March 9 (Reuters) - Governor Rui Almeida urged residents to leave the valley on Thursday.',
  'Sign up for our daily briefing, delivered to your inbox.',
  '(Reporting by Nadia Costa; Editing by Paul Weir)',
].join('\n\n');

describe('furniture is never a source of facts', () => {
  const record = extract(page);

  it('takes no actor from menus, bylines, captions, credits or prompts', () => {
    expect(record.actors.map((a) => [a.type, a.name])).toEqual([['person', 'Rui Almeida']]);
  });

  it('reads the publication date and keeps the headline figure', () => {
    expect(record.publishedAt).toBe('2023-03-09');
    expect(record.casualties.map((c) => [c.kind, c.count, c.text])).toEqual([['killed', 11, 'kills 11']]);
  });

  it('keeps the appeal from the story', () => {
    expect(record.appeals.map((a) => [a.actor, a.verb])).toEqual([['A1', 'urged']]);
  });
});
