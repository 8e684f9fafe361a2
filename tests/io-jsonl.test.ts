// src/io/jsonl.ts: the lines of a file read in chunks, each decoded on its own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileLines, type FileLine } from '../src/io/jsonl.ts';

const dir = mkdtempSync(join(tmpdir(), 'civic-graph-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lines(content: Buffer | string, max = 1 << 20): Promise<FileLine[]> {
  const file = join(dir, `f${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, content);
  const out: FileLine[] = [];
  for await (const l of fileLines(file, max)) out.push(l);
  return out;
}

describe('fileLines', () => {
  it('numbers lines from 1, drops a first BOM and CRs before newlines, keeps a last line without newline', async () => {
    expect(await lines('\ufeffa\r\nb\n\nc')).toEqual([{ n: 1, line: 'a' }, { n: 2, line: 'b' }, { n: 3, line: '' }, { n: 4, line: 'c' }]);
  });

  it('joins lines that cross chunk boundaries, multi-byte characters included', async () => {
    const long = 'Huyện ủy Đông Sơn '.repeat(200_000); // over 1 MB: spans chunks
    const got = await lines(`${long}\nx\n`, 10 << 20);
    expect(got).toHaveLength(2);
    expect(got[0]).toEqual({ n: 1, line: long });
    expect(got[1]).toEqual({ n: 2, line: 'x' });
  });

  it('refuses an invalid UTF-8 line or a line over the limit alone', async () => {
    const got = await lines(Buffer.concat([Buffer.from('a\n'), Buffer.from([0x48, 0xe1, 0x6e, 0x0a]), Buffer.from(`${'y'.repeat(3000)}\nb\n`)]), 1000);
    expect(got.map((l) => ('line' in l ? l.line : 'error'))).toEqual(['a', 'error', 'error', 'b']);
    expect(got[1]).toMatchObject({ n: 2, error: expect.stringMatching(/UTF-8/) });
    expect(got[2]).toMatchObject({ n: 3, error: expect.stringMatching(/too long/) });
  });
});
