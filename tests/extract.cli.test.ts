// The extract command: one JSON record per report named after the input file, per-file errors
// for bad inputs while the other files go on, and the full format with evidence.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionRecord, FullExtraction } from '../src/extract/record.ts';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'bin', 'civic-graph.mjs');

describe('civic-graph extract', () => {
  it('writes <id>.json per report and names each bad file with its reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-extract-'));
    const out = mkdtempSync(join(tmpdir(), 'cg-extract-out-'));
    copyFileSync(join(root, 'seed', '000_dddf6dced2686367.txt'), join(dir, '000_dddf6dced2686367.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'latin.txt'), Buffer.from([0x48, 0xf4, 0x69, 0x20, 0x6e, 0x67, 0x68, 0xec]));
    const r = spawnSync(process.execPath, [cli, 'extract', '--out', out, dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/binary\.txt: binary content/);
    expect(r.stderr).toMatch(/latin\.txt: not valid UTF-8/);
    const rec = JSON.parse(readFileSync(join(out, '000_dddf6dced2686367.json'), 'utf8'));
    expect(ExtractionRecord.parse(rec).report.id).toBe('000_dddf6dced2686367');
    expect(rec.events[0].chairs).toEqual(['Lê Trọng Thụ', 'Lê Thanh Hải']);
    expect(existsSync(join(out, 'empty.json'))).toBe(false);
  });

  it('reads standard input and prints the full format with rules and spans', () => {
    const text = 'Sáng 3/1/2024, Huyện ủy Đông Sơn tổ chức hội nghị. Đồng chí Lê Trọng Thụ, Bí thư Huyện ủy chủ trì hội nghị.';
    const stdout = execFileSync(process.execPath, [cli, 'extract', '--format', 'full', '-'], { input: text, encoding: 'utf8' });
    const full = FullExtraction.parse(JSON.parse(stdout));
    expect(full.record.people[0]?.positions).toEqual([{ title: 'Bí thư', body: 'Huyện ủy Đông Sơn' }]);
    const chair = full.facts.find((f) => f.kind === 'chair');
    expect(chair?.evidence.rule).toBe('role.chair-verb');
    expect(chair?.evidence.quote).toContain('chủ trì hội nghị');
  });

  it('rejects an unknown format', () => {
    const r = spawnSync(process.execPath, [cli, 'extract', '--format', 'xml', join(root, 'seed')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format must be/);
  });
});
