// Loads the lexicon data files (src/lexicon/*.json), validates them with zod and builds the
// phrase sets the rules match against. Data lives in the JSON files; this module only indexes it.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PhraseSet, startsAnyOf, type Tok } from './tokens.ts';

const dir = new URL('../lexicon/', import.meta.url);
function load<T>(file: string, schema: z.ZodType<T>): T {
  const raw: unknown = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`lexicon ${file}: ${parsed.error.message}`);
  return parsed.data;
}

export type BodyRule = 'next' | 'committee' | 'province-committee' | 'city-committee' | 'district-committee' | `fixed:${string}`;

const TitleEntry = z.object({
  surface: z.array(z.string()).min(1),
  title: z.string(),
  body: z.string(),
  prefix: z.string().optional(),
  needsBody: z.boolean().optional(),
  reason: z.string(),
});
export type TitleEntry = z.infer<typeof TitleEntry> & { body: BodyRule };

const TitlesFile = z.object({ titles: z.array(TitleEntry) });
const Surfaced = z.object({ surface: z.array(z.string()).min(1), canonical: z.string(), reason: z.string().optional() });
const BodiesFile = z.object({
  levelWords: z.array(z.object({ surface: z.array(z.string()), level: z.string() })),
  committees: z.array(Surfaced.extend({ level: z.string() })),
  organs: z.array(Surfaced),
  executiveCommittee: Surfaced,
  partyOrganisation: Surfaced,
  state: z.array(Surfaced),
  councilBoards: z.array(z.string()),
  agencies: z.array(z.string()),
  national: z.array(Surfaced),
  agencyAbbreviations: z.record(z.string(), z.string()),
});
const PeopleFile = z.object({
  familyNames: z.array(z.string()),
  honorifics: z.array(z.string()),
  ranks: z.array(z.string()),
  formerMarkers: z.array(z.string()),
  notNameWords: z.array(z.string()),
});
const FurnitureFile = z.object({ lines: z.array(z.string()), prefixes: z.array(z.string()), captionStarts: z.array(z.string()) });
const DocumentsFile = z.object({
  types: z.array(z.object({ words: z.array(z.string()), codes: z.array(z.string()), type: z.string(), partyType: z.string().optional() })),
  issuers: z.array(z.object({ code: z.string(), issuer: z.string().nullable(), prefix: z.boolean().optional() })),
});

export type Level = 'tỉnh' | 'thành phố' | 'huyện' | 'quận' | 'thị xã' | 'thị trấn' | 'xã' | 'phường' | 'đặc khu' | 'commune';

function phrases<V>(entries: Iterable<[string, V]>): PhraseSet<V> {
  const set = new PhraseSet<V>();
  for (const [p, v] of entries) set.add(p, v);
  return set;
}

function build() {
  const titles = load('titles.json', TitlesFile).titles as TitleEntry[];
  const bodies = load('bodies.json', BodiesFile);
  const people = load('people.json', PeopleFile);
  const furniture = load('furniture.json', FurnitureFile);
  const documents = load('documents.json', DocumentsFile);
  const sets = {
    titles: phrases(titles.flatMap((t) => t.surface.map((s): [string, { entry: TitleEntry; surface: string }] => [s, { entry: t, surface: s }]))),
    levelWords: phrases(bodies.levelWords.flatMap((l) => l.surface.map((s): [string, Level] => [s, l.level as Level]))),
    committees: phrases(bodies.committees.flatMap((c) => c.surface.map((s): [string, { canonical: string; level: Level }] => [s, { canonical: c.canonical, level: c.level as Level }]))),
    organs: phrases(bodies.organs.flatMap((o) => o.surface.map((s): [string, string] => [s, o.canonical]))),
    executiveCommittee: phrases(bodies.executiveCommittee.surface.map((s): [string, string] => [s, bodies.executiveCommittee.canonical])),
    partyOrganisation: phrases(bodies.partyOrganisation.surface.map((s): [string, string] => [s, bodies.partyOrganisation.canonical])),
    state: phrases(bodies.state.flatMap((o) => o.surface.map((s): [string, string] => [s, o.canonical]))),
    councilBoards: phrases(bodies.councilBoards.map((s): [string, string] => [s, s])),
    agencies: phrases(bodies.agencies.map((s): [string, string] => [s, s])),
    agencyAbbreviations: Object.entries(bodies.agencyAbbreviations).sort((a, b) => b[0].length - a[0].length),
    national: phrases(bodies.national.flatMap((o) => o.surface.map((s): [string, string] => [s, o.canonical]))),
    honorifics: phrases(people.honorifics.map((s): [string, string] => [s, s])),
    ranks: phrases(people.ranks.map((s): [string, string] => [s, s])),
    familyNames: new Set(people.familyNames.map((n) => n.normalize('NFC'))),
    /** first words of family names: a cheap pre-check before familyNames.has(token text) */
    familyNameWords: phrases(people.familyNames.map((s): [string, true] => [s, true])),
    /** the one-word former-office markers as a phrase set (token masks) */
    formerMarkerWords: phrases(people.formerMarkers.filter((s) => !/\s/.test(s.trim())).map((s): [string, true] => [s, true])),
    notNameWords: new Set(people.notNameWords),
    furnitureLines: new Set(furniture.lines.map((l) => l.toLowerCase())),
    furniturePrefixes: furniture.prefixes.map((l) => l.toLowerCase()),
    captionStarts: furniture.captionStarts.map((l) => l.toLowerCase()),
    docTypeWords: phrases(documents.types.flatMap((t) => t.words.map((w): [string, string] => [w, t.type]))),
    docTypeWordList: documents.types.flatMap((t) => t.words),
    docTypeByWord: new Map(documents.types.flatMap((t) => t.words.map((w): [string, string] => [w.toLowerCase(), t.type]))),
    docTypeByCode: new Map(documents.types.flatMap((t) => t.codes.map((c): [string, { type: string; partyType: string | undefined }] => [c.toUpperCase(), { type: t.type, partyType: t.partyType }]))),
    issuerCodes: documents.issuers,
  };
  // Where phrases of several sets may start, one mask test each (see startsAnyOf): the cheap
  // pre-checks before the matches themselves.
  return {
    ...sets,
    /** a body phrase may start here (parseBody finds nothing elsewhere) */
    mayStartBody: startsAnyOf([sets.national, sets.executiveCommittee, sets.partyOrganisation, sets.committees, sets.organs, sets.state, sets.councilBoards, sets.agencies]),
    /** a title or a body may start here, where a person's name stops */
    mayStopName: startsAnyOf([sets.titles, sets.committees, sets.state, sets.levelWords, sets.organs, sets.national]),
    /** an honorific, a title or a former-office marker may start here: a person mention may */
    mayStartMention: startsAnyOf([sets.honorifics, sets.titles, sets.formerMarkerWords]),
    /** a committee or a level word may start here (a place named with its level) */
    mayStartPlaceWord: startsAnyOf([sets.committees, sets.levelWords]),
  };
}

export type Lexicon = ReturnType<typeof build>;

/** A token written exactly as a family name of the lexicon ("Lê", not "LÊ"). */
export function isFamilyName(t: Tok | undefined): boolean {
  if (!t) return false;
  const lex = lexicon();
  return lex.familyNameWords.startsAt(t) && lex.familyNames.has(t.t);
}

/** "nguyên" (former) before a title. */
export function isFormerMarker(t: Tok | undefined): boolean {
  return !!t && lexicon().formerMarkerWords.startsAt(t);
}
let cached: Lexicon | null = null;
export function lexicon(): Lexicon {
  cached ??= build();
  return cached;
}
