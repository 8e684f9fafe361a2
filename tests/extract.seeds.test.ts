// The five seed reports end to end against the expected records kept in the repo
// (tests/fixtures/seeds-expected, the gold records the project started from).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.ts';

const seedDir = join(import.meta.dirname, '..', 'seed');
const expectedDir = join(import.meta.dirname, 'fixtures', 'seeds-expected');

const sortRecord = (r: ReturnType<typeof extract>) => ({
  ...r,
  report: { ...r.report, title: undefined },
  people: [...r.people].sort((a, b) => a.name.localeCompare(b.name)).map((p) => ({ ...p, positions: [...p.positions].sort((a, b) => `${a.title}${a.body}`.localeCompare(`${b.title}${b.body}`)) })),
  events: r.events.map((e) => ({ date: e.date, partOfDay: e.partOfDay, organizers: [...e.organizers].sort(), chairs: [...e.chairs].sort(), speakers: [...e.speakers].sort(), attendees: [...e.attendees].sort() })),
  documents: r.documents.filter((d) => d.number).map((d) => ({ number: d.number, date: d.date, issuer: d.issuer, type: d.type })).sort((a, b) => String(a.number).localeCompare(String(b.number))),
});

describe('seed reports', () => {
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt'))) {
    const id = file.replace(/\.txt$/, '');
    it(`${id} matches its expected record`, () => {
      const got = extract(readFileSync(join(seedDir, file), 'utf8'), { id });
      const want = JSON.parse(readFileSync(join(expectedDir, `${id}.json`), 'utf8'));
      expect(sortRecord(got)).toEqual(sortRecord(want));
    });
  }
});
