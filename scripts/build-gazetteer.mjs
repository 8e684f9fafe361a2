#!/usr/bin/env node
// Builds src/lexicon/gazetteer.json, the project's compact lexicon of Vietnamese
// administrative units, from the shared gazetteer directory:
//   dvhcvn-2020-01-01.json, dvhcvn-2024-11-01.json, dvhcvn-2025-03-01.json
//     (three snapshots of the statistics office's catalogue, as compiled by dvhcvn)
//   reform-2025-07-01.csv (the official conversion table of the July 2025 reform)
// Only facts are kept: codes, names, types, hierarchy, validity and successor links.
//
// Usage: node scripts/build-gazetteer.mjs [gazetteer-dir] [out-file]
//   default dir: ../shared/gazetteer relative to the repo root
//   default out: src/lexicon/gazetteer.json
//
// The output shape is documented in src/gazetteer/index.ts (and in the "about" key).
//
// Validity is derived from the snapshots only, so dates are approximate: a version
// present in the first snapshot has validFrom null; one that first appears in a later
// snapshot gets that snapshot's date; one missing from (or changed in) a later snapshot
// ends on that snapshot's date. Every pre-reform district and commune ends on the
// reform date. A "version" is a (code, name, type, parent) combination: codes are
// stable, but a unit may be renamed, change type or move to another parent, and
// post-reform communes reuse pre-reform commune codes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SNAPSHOTS = ['2020-01-01', '2024-11-01', '2025-03-01'];
const REFORM = '2025-07-01';
// Index 0 is "open" (null). Tuples store indices into this array.
const DATES = [null, ...SNAPSHOTS, REFORM];
const dateIdx = (d) => DATES.indexOf(d);
const TYPES = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu'];
const LEVEL_WORDS = {
  province: ['tỉnh', 'thành phố'],
  district: ['huyện', 'quận', 'thị xã', 'thành phố'],
  commune: ['xã', 'phường', 'thị trấn', 'đặc khu'],
};
// Misspelt level words seen in the sources.
const LEVEL_WORD_TYPOS = { xa: 'xã' };

// New-style tone placement: for oa/oe/uy ending a syllable the tone mark sits on the
// first vowel (hoá → hóa, Thuỷ → Thủy, khoẻ → khỏe); "quý" keeps it on y (qu is a
// consonant). Mirrors toNewToneStyle() in src/gazetteer/index.ts.
const TONE_PAIR = /([oO](?=[aAeE])|(?<![qQ])[uU](?=[yY]))([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;
export const toNewToneStyle = (s) => s.normalize('NFD').replace(TONE_PAIR, '$1$3$2').normalize('NFC');

const clean = (s) => toNewToneStyle(s.normalize('NFC')).replace(/\s+/g, ' ').trim();

/** Splits "Huyện Đông Sơn" into { type: 'huyện', name: 'Đông Sơn' }; the level word in the
 * name wins over the source's type field (which is wrong for a few units). */
function splitName(level, fullName, typeField) {
  const name = clean(fullName);
  const lower = name.toLowerCase();
  for (const w of [...LEVEL_WORDS[level], ...Object.keys(LEVEL_WORD_TYPOS)]) {
    if (lower.startsWith(w + ' ')) {
      return { type: LEVEL_WORD_TYPOS[w] ?? w, name: name.slice(w.length + 1).trim() };
    }
  }
  const t = clean(typeField ?? '').toLowerCase().replace(/ trung ương$/, '');
  if (!LEVEL_WORDS[level].includes(t)) throw new Error(`no ${level} type for ${fullName} (${typeField})`);
  return { type: t, name };
}

function parseCsv(text) {
  const rows = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const cells = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
        else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') { cells.push(cur); cur = ''; }
      else cur += ch;
    }
    cells.push(cur);
    rows.push(cells);
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

/**
 * Turns per-date observations of codes into versions.
 * observations: Array<[date, Map<code, {name, type, parent}>]> in date order.
 * closeAt: date on which every still-open version ends (null = leave open).
 */
function versions(observations, closeAt) {
  const out = new Map(); // code -> [{name,type,parent,from,to}]
  const open = new Map(); // code -> current version
  observations.forEach(([date, units], i) => {
    for (const [code, v] of open) {
      const now = units.get(code);
      if (!now || now.name !== v.name || now.type !== v.type || now.parent !== v.parent) {
        v.to = date;
        open.delete(code);
      }
    }
    for (const [code, u] of units) {
      if (open.has(code)) continue;
      const v = { ...u, from: i === 0 ? null : date, to: null };
      open.set(code, v);
      if (!out.has(code)) out.set(code, []);
      out.get(code).push(v);
    }
  });
  for (const v of open.values()) v.to = closeAt;
  return out;
}

function main() {
  const dir = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'gazetteer'));
  const outFile = resolve(process.argv[3] ?? join(ROOT, 'src', 'lexicon', 'gazetteer.json'));

  const prov = [];
  const dist = [];
  const comm = [];
  for (const date of SNAPSHOTS) {
    const { data } = JSON.parse(readFileSync(join(dir, `dvhcvn-${date}.json`), 'utf8'));
    const P = new Map();
    const D = new Map();
    const C = new Map();
    for (const p of data) {
      P.set(p.level1_id, { ...splitName('province', p.name, p.type), parent: null });
      for (const d of p.level2s) {
        D.set(d.level2_id, { ...splitName('district', d.name, d.type), parent: p.level1_id });
        for (const c of d.level3s) {
          C.set(c.level3_id, { ...splitName('commune', c.name, c.type), parent: d.level2_id });
        }
      }
    }
    prov.push([date, P]);
    dist.push([date, D]);
    comm.push([date, C]);
  }

  const rows = parseCsv(readFileSync(join(dir, 'reform-2025-07-01.csv'), 'utf8'));
  const notes = [];
  const noteIdx = (n) => {
    const s = clean(n);
    let i = notes.indexOf(s);
    if (i < 0) i = notes.push(s) - 1;
    return i;
  };
  const newProvinces = new Map();
  const newCommunes = new Map(); // code -> {name,type,parent,preds:[[old,note]]}
  const successors = new Map(); // old commune code -> Set(new code)
  const districtRows = new Map(); // old district code -> Set(new code) (rows with no old commune)
  for (const r of rows) {
    newProvinces.set(r.new_province_code, { ...splitName('province', r.new_province), parent: null });
    let nc = newCommunes.get(r.new_commune_code);
    if (!nc) {
      nc = { ...splitName('commune', r.new_commune), parent: r.new_province_code, preds: [] };
      newCommunes.set(r.new_commune_code, nc);
    }
    if (r.old_commune_code) {
      nc.preds.push([r.old_commune_code, noteIdx(r.note)]);
      if (!successors.has(r.old_commune_code)) successors.set(r.old_commune_code, new Set());
      successors.get(r.old_commune_code).add(r.new_commune_code);
    } else {
      nc.preds.push(['', noteIdx(r.note)]);
      if (!districtRows.has(r.old_district_code)) districtRows.set(r.old_district_code, new Set());
      districtRows.get(r.old_district_code).add(r.new_commune_code);
    }
  }

  const provVersions = versions([...prov, [REFORM, newProvinces]], null);
  const distVersions = versions(dist, REFORM);
  const commVersions = versions(comm, REFORM);

  // For each pre-reform district: the new communes that its communes (as they stood in
  // the last snapshot that has the district) went into, plus whole-district rows.
  const districtSuccessors = {};
  for (const [code, vs] of distVersions) {
    const last = vs[vs.length - 1];
    const lastSnap = last.to === REFORM ? SNAPSHOTS.length - 1 : SNAPSHOTS.indexOf(last.to) - 1;
    const set = new Set(districtRows.get(code) ?? []);
    for (const [cc, c] of comm[lastSnap][1]) {
      if (c.parent !== code) continue;
      for (const n of successors.get(cc) ?? []) set.add(n);
    }
    if (set.size) districtSuccessors[code] = [...set].sort();
  }

  const sortedCodes = (m) => [...m.keys()].sort();
  const t = (type) => {
    const i = TYPES.indexOf(type);
    if (i < 0) throw new Error(`unknown type ${type}`);
    return i;
  };
  const tuples = (vmap, withParent) =>
    sortedCodes(vmap).flatMap((code) =>
      vmap.get(code).map((v) => [
        code, v.name, t(v.type), ...(withParent ? [v.parent] : []), dateIdx(v.from), dateIdx(v.to),
      ]),
    );

  const lexicon = {
    about:
      'Vietnamese administrative units; built by scripts/build-gazetteer.mjs from three catalogue snapshots ' +
      `(${SNAPSHOTS.join(', ')}) and the ${REFORM} reform conversion table. Shape: see src/gazetteer/index.ts.`,
    version: 1,
    snapshots: SNAPSHOTS,
    reform: REFORM,
    dates: DATES,
    types: TYPES,
    notes,
    provinces: tuples(provVersions, false),
    districts: tuples(distVersions, true),
    communes: tuples(commVersions, true),
    newCommunes: sortedCodes(newCommunes).map((code) => {
      const c = newCommunes.get(code);
      return [code, c.name, t(c.type), c.parent, c.preds];
    }),
    districtSuccessors,
  };

  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, serialize(lexicon));
  const count = (k) => lexicon[k].length;
  console.log(
    `wrote ${outFile}: ${count('provinces')} province, ${count('districts')} district, ` +
      `${count('communes')} commune versions; ${count('newCommunes')} post-reform communes; ` +
      `${Object.keys(districtSuccessors).length} districts with successors`,
  );
}

/** JSON with one array element (or object entry) per line for the big collections. */
function serialize(obj) {
  const parts = Object.entries(obj).map(([k, v]) => {
    let body;
    if (Array.isArray(v) && v.length > 0 && Array.isArray(v[0])) {
      body = '[\n' + v.map((x) => '  ' + JSON.stringify(x)).join(',\n') + '\n ]';
    } else if (v && typeof v === 'object' && !Array.isArray(v)) {
      body = '{\n' + Object.entries(v).map(([kk, vv]) => '  ' + JSON.stringify(kk) + ':' + JSON.stringify(vv)).join(',\n') + '\n }';
    } else {
      body = JSON.stringify(v);
    }
    return ' ' + JSON.stringify(k) + ': ' + body;
  });
  return '{\n' + parts.join(',\n') + '\n}\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
