// The gazetteer as AdminUnit rows (pure): every version of every province, district and commune,
// PART_OF its parent's version and, for units that ended with the July 2025 reform,
// SUCCEEDED_BY the units they went into.
import {
  allCommunes,
  allDistricts,
  allProvinces,
  parentOf,
  REFORM_DATE,
  successorLinks,
  successorsOf,
  type Unit,
} from '../gazetteer/index.ts';
import { adminUnitKey } from './places.ts';

export interface AdminUnitRows {
  units: { key: string; code: string; name: string; fullName: string; type: string; level: string; provinceCode: string; validFrom: string | null; validTo: string | null }[];
  partOf: { child: string; parent: string }[];
  succeededBy: { from: string; to: string; note: string }[];
}

export function adminUnitRows(): AdminUnitRows {
  const all: Unit[] = [...allProvinces(), ...allDistricts(), ...allCommunes()];
  const units = all.map((u) => ({
    key: adminUnitKey(u), code: u.code, name: u.name, fullName: u.fullName, type: u.type, level: u.level,
    provinceCode: u.provinceCode, validFrom: u.validFrom, validTo: u.validTo,
  }));
  const partOf: AdminUnitRows['partOf'] = [];
  for (const u of all) {
    const p = parentOf(u);
    if (p) partOf.push({ child: adminUnitKey(u), parent: adminUnitKey(p) });
  }
  const succeededBy: AdminUnitRows['succeededBy'] = [];
  const seen = new Set<string>();
  const link = (from: Unit, to: Unit, note: string) => {
    const f = adminUnitKey(from);
    const t = adminUnitKey(to);
    if (f === t || seen.has(`${f}>${t}`)) return;
    seen.add(`${f}>${t}`);
    succeededBy.push({ from: f, to: t, note });
  };
  for (const u of all) {
    // only the last version of a unit before the reform has successors
    if (u.validTo !== REFORM_DATE) continue;
    if (u.level === 'commune') for (const l of successorLinks(u.code)) link(u, l.to, l.note);
    else if (u.level === 'district') for (const s of successorsOf(u.code)) link(u, s, 'district abolished; its communes went into this unit');
    else for (const s of successorsOf(u.code)) link(u, s, 'provinces merged');
  }
  return { units, partOf, succeededBy };
}
