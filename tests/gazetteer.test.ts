import { describe, expect, it } from 'vitest';
import {
  REFORM_DATE,
  allDistricts,
  allProvinces,
  communeNameIndex,
  communeNames,
  districtNameIndex,
  districtNames,
  findCommunes,
  findDistricts,
  findProvinces,
  foldKey,
  getUnit,
  parentOf,
  predecessorsOf,
  successorLinks,
  successorsOf,
  toNewToneStyle,
  unitVersions,
} from '../src/gazetteer/index.ts';

const thanhHoa = () => {
  const [p] = findProvinces('Thanh Hóa');
  if (!p) throw new Error('Thanh Hóa province not found');
  return p;
};
const dongSon = () => {
  const [d] = findDistricts('Đông Sơn', { provinceCode: thanhHoa().code, type: 'huyện' });
  if (!d) throw new Error('huyện Đông Sơn not found');
  return d;
};

describe('foldKey and tone placement', () => {
  it('moves the tone of a final oa/oe/uy onto the first vowel', () => {
    expect(toNewToneStyle('Thanh Hoá')).toBe('Thanh Hóa');
    expect(toNewToneStyle('Thuỷ Nguyên')).toBe('Thủy Nguyên');
    expect(toNewToneStyle('khoẻ')).toBe('khỏe');
    expect(toNewToneStyle('Hoàng Quý')).toBe('Hoàng Quý'); // oa not final; qu + ý
    expect(toNewToneStyle('hoặc')).toBe('hoặc');
  });

  it('folds case, tone placement, spaces and NFD input', () => {
    expect(foldKey('Thanh Hoá')).toBe(foldKey('thanh hóa'));
    expect(foldKey('  Thanh   Hóa ')).toBe('thanh hóa');
    expect(foldKey('Thanh Hóa'.normalize('NFD'))).toBe('thanh hóa');
    expect(foldKey('Thành phố')).not.toBe(foldKey('Thanh pho')); // accents are kept
  });

  it('folds the eth (Ð/ð) often typed for Đ/đ', () => {
    expect(foldKey('HÐND')).toBe(foldKey('HĐND'));
    expect(foldKey('Ðông Sơn')).toBe('đông sơn');
    expect(findDistricts('Ðông Sơn', { provinceCode: '38' }).length).toBeGreaterThan(0);
  });
});

describe('provinces', () => {
  it('has 63 provinces before the reform and 34 after', () => {
    expect(allProvinces({ date: '2025-03-01' })).toHaveLength(63);
    expect(allProvinces({ date: REFORM_DATE })).toHaveLength(34);
  });

  it('"Thanh Hóa" is both a province and a thành phố', () => {
    const p = thanhHoa();
    expect(p).toMatchObject({ level: 'province', type: 'tỉnh', name: 'Thanh Hóa', fullName: 'Tỉnh Thanh Hóa' });
    const cities = findDistricts('Thanh Hoá', { type: 'thành phố' });
    expect(cities).toHaveLength(1);
    expect(cities[0]).toMatchObject({ provinceCode: p.code, level: 'district', parentCode: p.code });
    expect(findDistricts('Thành phố Thanh Hóa')).toEqual(cities);
  });
});

describe('district-level units of Thanh Hóa', () => {
  it('has 27 in the 2024-11-01 snapshot and 26 on 2025-03-01', () => {
    const code = thanhHoa().code;
    expect(allDistricts({ provinceCode: code, date: '2024-11-01' })).toHaveLength(27);
    expect(allDistricts({ provinceCode: code, date: '2025-03-01' })).toHaveLength(26);
    expect(allDistricts({ provinceCode: code, date: REFORM_DATE })).toHaveLength(0);
  });

  it('finds huyện Đông Sơn, ended before 2025-03-01', () => {
    const d = dongSon();
    expect(d).toMatchObject({ name: 'Đông Sơn', type: 'huyện', validFrom: null, validTo: '2025-03-01' });
    expect(findDistricts('Huyện Đông Sơn', { provinceCode: '38' })).toEqual([d]);
    expect(findDistricts('Đông Sơn', { provinceCode: '38', date: '2025-03-01' })).toEqual([]);
    expect(parentOf(d)?.code).toBe('38');
  });

  it('Nghi Sơn is a thị xã; Tĩnh Gia a huyện valid in 2020 but not 2024, same code', () => {
    const [nghiSon] = findDistricts('Nghi Sơn', { provinceCode: '38' });
    expect(nghiSon?.type).toBe('thị xã');
    const tinhGia = findDistricts('Tĩnh Gia', { provinceCode: '38' });
    expect(tinhGia).toHaveLength(1);
    expect(tinhGia[0]?.type).toBe('huyện');
    expect(findDistricts('Tĩnh Gia', { date: '2020-01-01' })).toHaveLength(1);
    expect(findDistricts('Tĩnh Gia', { date: '2024-11-01' })).toHaveLength(0);
    expect(tinhGia[0]?.code).toBe(nghiSon?.code);
    expect(unitVersions(nghiSon!.code).map((u) => u.name)).toEqual(['Tĩnh Gia', 'Nghi Sơn']);
    expect(getUnit(nghiSon!.code, '2020-06-01')?.name).toBe('Tĩnh Gia');
  });
});

describe('communes', () => {
  it('"Xuân Lộc" exists in several Thanh Hóa districts', () => {
    const hits = findCommunes('Xuân Lộc', { provinceCode: '38', date: '2024-11-01' });
    expect(new Set(hits.map((c) => c.districtCode)).size).toBeGreaterThan(1);
    for (const c of hits) expect(parentOf(c)?.provinceCode).toBe('38');
    const byDistrict = findCommunes('Xã Xuân Lộc', { districtCode: hits[0]!.districtCode });
    expect(byDistrict.length).toBeGreaterThan(0);
  });

  it('the communes of old huyện Đông Sơn have successors after the reform', () => {
    const d = dongSon();
    const olds = findCommunes('Đông Tiến', { districtCode: d.code });
    expect(olds.length).toBeGreaterThan(0);
    const news = successorsOf(d.code);
    expect(news.length).toBeGreaterThan(0);
    for (const n of news) {
      expect(n).toMatchObject({ level: 'commune', provinceCode: '38', validFrom: REFORM_DATE, validTo: null });
      expect(n.districtCode).toBeUndefined();
    }
    // Each commune that was still in Đông Sơn in the 2024-11-01 snapshot and kept its
    // code into 2025 has a successor among the district's successors.
    const newCodes = new Set(news.map((n) => n.code));
    const linked = allCommunesOf(d.code).filter((c) => successorLinks(c.code).length > 0);
    expect(linked.length).toBeGreaterThan(0);
    for (const c of linked) {
      for (const s of successorsOf(c.code)) expect(newCodes.has(s.code)).toBe(true);
    }
  });

  it('links old and new communes both ways', () => {
    const [link] = successorLinks(allCommunesOf(dongSon().code).find((c) => successorLinks(c.code).length)!.code);
    expect(link?.note).toMatch(/\S/);
    expect(predecessorsOf(link!.to.code).map((c) => c.code)).toContain(link!.from);
  });
});

describe('name indexes', () => {
  it('are keyed by foldKey', () => {
    expect(districtNameIndex().get(foldKey('Châu Thành'))?.length).toBeGreaterThan(1);
    expect(communeNameIndex().get(foldKey('Xuân Lộc'))?.length).toBeGreaterThan(1);
    expect(districtNames()).toContain('Nghi Sơn');
    expect(communeNames()).toContain('Xuân Lộc');
    expect(new Set(communeNames()).size).toBe(communeNames().length);
  });
});

function allCommunesOf(districtCode: string) {
  return [...communeNameIndex().values()].flat().filter((c) => c.districtCode === districtCode);
}
