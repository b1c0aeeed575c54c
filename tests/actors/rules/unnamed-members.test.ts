// Rule 'unnamed-members': "EU foreign ministers called on ...": unnamed holders of an office in the plural act for
// their body, so the body is an actor; sentences of my own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const organizations = (text: string) =>
  extract(text, { refDate: '2025-04-08', only: ['actors'] })
    .actors.filter((a) => a.type === 'organization')
    .map((a) => a.name);

const appealers = (text: string) => {
  const record = extract(text, { refDate: '2025-04-08', only: ['appeals'] });
  return record.appeals.map((appeal) => record.actors.find((a) => a.id === appeal.actor)?.name);
};

describe('unnamed-members', () => {
  it('keeps the body whose ministers act, and gives it the appeal', () => {
    expect(organizations('EU foreign ministers called on Moscow to pull back its troops on Monday.')).toEqual(['EU']);
    expect(appealers('NATO defence ministers urged Belgrade to reopen the border crossing.')).toEqual(['NATO']);
  });

  it('leaves a body whose holders are named, or whose officers are a city police force', () => {
    expect(organizations('EU foreign ministers Anna Berg and Luis Prado urged calm.')).toEqual([]);
    expect(organizations('Dayton police officers shot a man on Friday.')).toEqual([]);
  });
});
