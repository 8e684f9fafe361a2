// Reading report inputs: files and directories (recursive) of .txt and .html, JSON lines
// (.jsonl) with metadata, a sidecar <name>.meta.json beside a plain file, or standard input.
// Each input yields a report or a per-file error naming the reason; one bad file never stops
// the others.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { createHash } from 'node:crypto';
import { fileLines } from './jsonl.ts';
import { htmlToText } from '../extract/html.ts';

export const ReportMeta = z.object({
  url: z.string().url().optional(),
  publishedAt: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'expected YYYY-MM or YYYY-MM-DD').nullable().optional(),
  district: z.string().min(1).nullable().optional(),
  province: z.string().min(1).nullable().optional(),
  title: z.string().nullable().optional(),
  source: z.string().optional(),
}).strict();
export type ReportMeta = z.infer<typeof ReportMeta>;

export const JsonLine = ReportMeta.extend({ id: z.string().min(1).optional(), text: z.string().optional(), html: z.string().optional() }).strict()
  .refine((v) => v.text !== undefined || v.html !== undefined, 'a JSON line needs "text" or "html"');

export interface InputReport {
  id: string;
  file: string;
  text: string;
  html: boolean;
  meta: ReportMeta;
}
export interface InputError { file: string; error: string }

export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const tooLarge = (bytes: number) => `file too large: ${mb(bytes)} (${bytes} bytes; the limit is ${mb(MAX_REPORT_BYTES)} a report)`;

/**
 * The length of a UTF-8 sequence cut off at the end of `buf` (1–3 bytes: a file truncated in the
 * middle of a character), or 0 when the buffer ends on a character boundary.
 */
function cutSequenceAtEnd(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back for the lead byte
    const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    return need > back ? back : 0;
  }
  return 0;
}

/** Offset of the first byte that is not valid UTF-8 (for the error message). */
function firstInvalidByte(buf: Buffer): number {
  // the longest prefix that is valid UTF-8 but for a character cut at its end, by bisection
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // the bad sequence starts at the lead byte of that cut character, if any
  return lo - cutSequenceAtEnd(buf.subarray(0, lo));
}

/**
 * Decodes bytes as UTF-8, refusing binary and non-UTF-8 content with a reason. A file cut short
 * in the middle of a character (its last 1–3 bytes an incomplete sequence) loses that character
 * and is read; any other invalid byte refuses the file, naming its offset.
 */
export function decodeReport(buf: Buffer): { text: string } | { error: string } {
  if (buf.length === 0) return { error: 'empty file' };
  if (buf.length > MAX_REPORT_BYTES) return { error: tooLarge(buf.length) };
  const sample = buf.subarray(0, 8192);
  if (sample.includes(0)) return { error: 'binary content (NUL bytes), not a text report' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, buf.length - cutSequenceAtEnd(buf)));
  } catch {
    const at = firstInvalidByte(buf);
    return {
      error: `not valid UTF-8 (byte 0x${buf[at]?.toString(16).padStart(2, '0') ?? '??'} at offset ${at}): legacy Vietnamese encodings such as ` +
        'Windows-1258, VNI or TCVN3 are not read; convert the file to UTF-8 first (e.g. iconv -f WINDOWS-1258 -t UTF-8)',
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!/[\p{L}]/u.test(text)) return { error: 'no text in file' };
  return { text };
}

/**
 * An HTML report must have readable text outside tags, scripts and styles. A file cut short
 * (truncated download) keeps what it has: the text before the cut is ingested. Only when nothing
 * readable is left is it refused, and the message says when the file looks cut short.
 */
export function checkHtml(html: string): string | undefined {
  if (/\p{L}/u.test(htmlToText(html))) return undefined;
  const tail = html.trimEnd().slice(-200);
  const cut = !/<\/html\s*>\s*$/i.test(tail) && !/<\/body\s*>/i.test(html);
  return `no readable text in the HTML${cut ? ' (the file ends before </body></html>: it looks cut short, e.g. a truncated download)' : ''}`;
}

export const contentId = (text: string): string => createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16);

function* walk(path: string): Generator<string> {
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue;
      yield* walk(join(path, name));
    }
  } else yield path;
}

const REPORT_EXT = new Set(['.txt', '.html', '.htm', '.jsonl']);

function readSidecar(file: string): ReportMeta | InputError {
  const side = file.replace(/\.(txt|html?|)$/i, '') + '.meta.json';
  if (!existsSync(side)) return {};
  try {
    const parsed = ReportMeta.safeParse(JSON.parse(readFileSync(side, 'utf8')));
    if (!parsed.success) return { file: side, error: `invalid metadata: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}` };
    return parsed.data;
  } catch (err) {
    return { file: side, error: `invalid metadata JSON: ${(err as Error).message}` };
  }
}

function* fromJsonLines(file: string, content: string, firstLine = 1): Generator<InputReport | InputError> {
  const lines = content.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (!line) continue;
    const where = `${file}:${n + firstLine}`;
    let value: unknown;
    try { value = JSON.parse(line); } catch (err) { yield { file: where, error: `invalid JSON: ${(err as Error).message}` }; continue; }
    const parsed = JsonLine.safeParse(value);
    if (!parsed.success) { yield { file: where, error: parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ') }; continue; }
    const { id, text, html, ...meta } = parsed.data;
    const body = text ?? html ?? '';
    if (!/[\p{L}]/u.test(body)) { yield { file: where, error: 'no text in report' }; continue; }
    yield { id: id ?? contentId(body), file: where, text: body, html: html !== undefined, meta };
  }
}

/** A .jsonl file, a line at a time (never the whole file in memory): a file of any size. */
async function* fromJsonLinesFile(file: string): AsyncGenerator<InputReport | InputError> {
  try {
    if (statSync(file).size === 0) { yield { file, error: 'empty file' }; return; }
    for await (const l of fileLines(file, MAX_REPORT_BYTES)) {
      if ('error' in l) yield { file: `${file}:${l.n}`, error: l.error };
      else yield* fromJsonLines(file, l.line, l.n);
    }
  } catch (err) {
    yield { file, error: `cannot read: ${(err as Error).message}` };
  }
}

/** Yields every report (or per-file error) under the given paths; '-' reads standard input. */
export async function* readInputs(paths: string[]): AsyncGenerator<InputReport | InputError> {
  for (const p of paths) {
    if (p === '-') {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const c of process.stdin) {
        size += (c as Buffer).length;
        if (size <= MAX_REPORT_BYTES) chunks.push(c as Buffer); // past the limit: read on, keep nothing
      }
      if (size > MAX_REPORT_BYTES) { yield { file: '<stdin>', error: tooLarge(size) }; continue; }
      const buf = Buffer.concat(chunks);
      const dec = decodeReport(buf);
      if ('error' in dec) { yield { file: '<stdin>', error: dec.error }; continue; }
      const trimmed = dec.text.trimStart();
      if (trimmed.startsWith('{')) { yield* fromJsonLines('<stdin>', dec.text); continue; }
      yield { id: contentId(dec.text), file: '<stdin>', text: dec.text, html: false, meta: {} };
      continue;
    }
    if (!existsSync(p)) { yield { file: p, error: 'no such file or directory' }; continue; }
    for (const file of walk(p)) {
      const ext = extname(file).toLowerCase();
      if (file.endsWith('.meta.json') || file.endsWith('.gold.json')) continue;
      if (!REPORT_EXT.has(ext)) {
        if (statSync(p).isDirectory()) continue; // directories: only report files
        yield { file, error: `unsupported file type '${ext || '(none)'}' (expected .txt, .html or .jsonl)` };
        continue;
      }
      if (ext === '.jsonl') { yield* fromJsonLinesFile(file); continue; }
      let buf: Buffer;
      try {
        // a file over the limit is refused before it is read
        const size = statSync(file).size;
        if (size > MAX_REPORT_BYTES) { yield { file, error: tooLarge(size) }; continue; }
        buf = readFileSync(file);
      } catch (err) { yield { file, error: `cannot read: ${(err as Error).message}` }; continue; }
      const dec = decodeReport(buf);
      if ('error' in dec) { yield { file, error: dec.error }; continue; }
      if (ext === '.jsonl') { yield* fromJsonLines(file, dec.text); continue; }
      const meta = readSidecar(file);
      if ('error' in meta) { yield meta as InputError; continue; }
      const isHtml = ext === '.html' || ext === '.htm';
      const htmlProblem = isHtml ? checkHtml(dec.text) : undefined;
      if (htmlProblem) { yield { file, error: htmlProblem }; continue; }
      yield { id: basename(file, extname(file)), file, text: dec.text, html: isHtml, meta: meta as ReportMeta };
    }
  }
}
