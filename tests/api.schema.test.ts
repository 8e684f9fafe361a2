// The GraphQL schema: schema.graphql is in sync with src/schema/ (run `npm run schema:print`),
// and the pure helpers behind it (pagination windows, the token check, search queries, numbers,
// path simplification).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { offsetToCursor } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { documentNumberKey, looseNumber, luceneQuery, placeParams, simplifyPath } from '../src/graph/queries.ts';
import { windowFor } from '../src/schema/builder.ts';
import { printSchemaSDL, SCHEMA_FILE } from '../src/schema/print.ts';
import { tokenMatches } from '../src/server.ts';

describe('schema.graphql', () => {
  it('matches the schema built from src/schema/ (run `npm run schema:print` when this fails)', () => {
    const checkedIn = readFileSync(join(import.meta.dirname, '..', SCHEMA_FILE), 'utf8');
    expect(printSchemaSDL() === checkedIn, `${SCHEMA_FILE} is out of date: run npm run schema:print`).toBe(true);
  });

  it('has the entry points the API promises', () => {
    const sdl = printSchemaSDL();
    for (const field of ['person(', 'people(', 'events(', 'event(', 'document(', 'documents(', 'documentsByNumber(', 'officeHolders(', 'howConnected(', 'search(', 'node(', 'nodes(', 'ingestReport(']) {
      expect(sdl).toContain(`  ${field}`);
    }
    expect(sdl).toMatch(/type PersonConnection \{[^}]*totalCount: Int!/s);
  });
});

describe('windowFor (Relay arguments → a slice)', () => {
  it('defaults to the first 20', () => {
    expect(windowFor({})).toEqual({ start: 0, end: 20 });
  });
  it('pages forward with first/after', () => {
    expect(windowFor({ first: 5, after: offsetToCursor(9) })).toEqual({ start: 10, end: 15 });
  });
  it('pages backward with last/before, and takes the last N alone', () => {
    expect(windowFor({ last: 5, before: offsetToCursor(12) })).toEqual({ start: 7, end: 12 });
    expect(windowFor({ last: 3 })).toEqual({ last: 3 });
  });
  it('refuses more than 100, negative sizes, foreign cursors and first+last together', () => {
    for (const args of [{ first: 101 }, { last: 101 }, { first: -1 }, { after: 'bm9wZQ==' }, { first: 1, last: 1 }]) {
      expect(() => windowFor(args)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
    expect(windowFor({ first: 100 })).toEqual({ start: 0, end: 100 });
  });
});

describe('tokenMatches', () => {
  const token = 'a'.repeat(32);
  it('accepts the bearer token and nothing else', () => {
    expect(tokenMatches(`Bearer ${token}`, token)).toBe(true);
    expect(tokenMatches(`bearer ${token}`, token)).toBe(true);
    expect(tokenMatches(`Bearer ${token}x`, token)).toBe(false);
    expect(tokenMatches(`Bearer ${'a'.repeat(31)}`, token)).toBe(false);
    expect(tokenMatches(token, token)).toBe(false);
    expect(tokenMatches(null, token)).toBe(false);
    expect(tokenMatches(`Bearer ${token}`, undefined)).toBe(false);
  });
});

describe('search and lookup keys', () => {
  it('builds accent-free Lucene queries with no syntax of the user in them', () => {
    expect(luceneQuery('Lê Trọng Thụ')).toBe('le AND trong AND (thu OR thu*)');
    expect(luceneQuery('le trong thu')).toBe('le AND trong AND (thu OR thu*)');
    expect(luceneQuery('58-NQ/TW', { prefix: false })).toBe('58 AND nq AND tw');
    expect(luceneQuery('Đỗ "Đức" OR *:*')).toBe('do AND duc AND (or OR or*)');
    expect(luceneQuery(' ~~ ')).toBeUndefined();
  });
  it('folds document numbers in any spacing, case and dash', () => {
    expect(documentNumberKey('58 - nq/tw')).toBe('58-NQ/TW');
    expect(documentNumberKey('58–NQ/TW')).toBe('58-NQ/TW');
    expect(documentNumberKey('1523/ QĐ-UBND')).toBe('1523/QĐ-UBND');
    expect(looseNumber('259/qd-ttg')).toBe(looseNumber('259/QĐ-TTg'));
  });
  it('reads a place argument as a code or a name without its level word', () => {
    expect(placeParams('huyện Đông Sơn')).toEqual({ place: 'huyện Đông Sơn', placeName: 'đông sơn' });
    expect(placeParams(null)).toEqual({ place: null, placeName: null });
  });
});

describe('simplifyPath', () => {
  const n = (labels: string[], id: string, extra: Record<string, unknown> = {}) => ({ labels, id, role: null, title: null, ...extra });
  it('turns participations into role links through the event', () => {
    const links = simplifyPath([
      n(['Person'], 'a'),
      n(['Participation'], 'pa1', { role: 'chair' }),
      n(['Event'], 'e'),
      n(['Participation'], 'pa2', { role: 'attendee' }),
      n(['Person'], 'b'),
    ]);
    expect(links.map((l) => [l.from.id, l.relation, l.to.id, l.via?.key])).toEqual([
      ['a', 'chair', 'e', 'pa1'],
      ['e', 'attendee', 'b', 'pa2'],
    ]);
  });
  it('turns a shared post into links through its body', () => {
    const links = simplifyPath([
      n(['Person'], 'a'),
      n(['Tenure'], 't1', { title: 'Bí thư' }),
      n(['Post'], 'bí thư|huyện ủy x', { body: 'huyện ủy x' }),
      n(['Body'], 'huyện ủy x'),
      n(['Post'], 'chủ tịch|huyện ủy x', { body: 'huyện ủy x' }),
      n(['Tenure'], 't2', { title: 'Chủ tịch' }),
      n(['Person'], 'b'),
    ]);
    expect(links.map((l) => [l.from.type, l.relation, l.to.type, l.title])).toEqual([
      ['Person', 'held', 'Body', 'Bí thư'],
      ['Body', 'held', 'Person', 'Chủ tịch'],
    ]);
  });
});
