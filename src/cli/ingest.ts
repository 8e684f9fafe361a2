// `civic-graph ingest <paths…|-> [--json] [--batch-size N]`: report files into the graph.
// A progress bar on stderr when it is a terminal; each failure on stderr with its reason; a
// summary at the end (or JSON with --json); exit code 1 when any input failed.
import type { Command } from 'commander';
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ConfigError, loadConfig } from '../config.ts';
import { withNeo4j } from '../db/driver.ts';
import { ingestPaths, isUnreachable, type IngestProgress, type IngestSummary } from '../graph/ingest.ts';

interface Options { json?: boolean; batchSize: string; progress: boolean }

export function register(program: Command): void {
  program
    .command('ingest')
    .description('extract reports (.txt, .html, .jsonl; directories recursively; - for stdin) and write them into the graph')
    .argument('<paths...>', 'files or directories, or - for standard input')
    .option('--json', 'print the summary as JSON on standard output')
    .option('--batch-size <n>', 'reports per write transaction', '250')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .action(async (paths: string[], opts: Options) => {
      const batchSize = Number(opts.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) {
        console.error(`civic-graph ingest: --batch-size must be a positive integer, got '${opts.batchSize}'`);
        process.exitCode = 2;
        return;
      }
      let config;
      try {
        config = loadConfig();
      } catch (err) {
        console.error(`civic-graph ingest: ${(err as Error).message}`);
        process.exitCode = err instanceof ConfigError ? 2 : 1;
        return;
      }
      const bar = opts.progress && process.stderr.isTTY && !paths.includes('-') ? new ProgressBar(countInputs(paths)) : null;
      let uri: string | undefined;
      let last: IngestProgress = { done: 0, ok: 0, unchanged: 0, failed: 0 };
      try {
        const summary = await withNeo4j(config, ({ driver, database, uri: connected }) => {
          uri = connected;
          return ingestPaths(driver, paths, {
            database,
            batchSize,
            onProgress: (p) => {
              last = p;
              bar?.update(p);
            },
            onFailure: (f) => {
              bar?.clear();
              console.error(`${f.file}: ${f.error}`);
            },
          });
        }, { log: (m) => { bar?.clear(); console.error(m); } });
        bar?.done();
        if (opts.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        else process.stdout.write(formatSummary(summary));
        if (summary.failed > 0) process.exitCode = 1;
      } catch (err) {
        bar?.clear();
        console.error(`civic-graph ingest: ${uri && isUnreachable(err) ? lostConnection(uri, err, last) : firstLine(err)}`);
        process.exitCode = 1;
      }
    });
}

/** The useful part of a driver message: what it was caused by (e.g. "connect ECONNREFUSED …"), on one line. */
function reason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const cause = /Caused by:\s*(.+)/.exec(message)?.[1];
  const line = (cause ?? message.split('\n')[0] ?? '').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] ?? message;
}

/** What to say when Neo4j went away in the middle of an ingest: what is in the graph, what to do. */
export function lostConnection(uri: string, err: unknown, p: IngestProgress): string {
  const kept = p.ok + p.unchanged;
  return [
    `lost the connection to Neo4j at ${uri} (${reason(err)}); stopped after ${p.done} input(s).`,
    `  ${kept} report(s) are in the graph (${p.ok} written by this run, ${p.unchanged} already there), each with all its facts; the rest were not written.`,
    `  Run the same command again once Neo4j is back: reports already in the graph are skipped as unchanged.`,
  ].join('\n');
}

export function formatSummary(s: IngestSummary): string {
  const handled = s.ok + s.unchanged;
  const rate = s.seconds > 0 && handled >= 100 ? ` (${(handled / s.seconds).toFixed(0)} reports/s)` : '';
  const lines = [
    `ingest: ${s.ok} ok, ${s.unchanged} unchanged, ${s.failed} failed${s.replaced ? `, ${s.replaced} old version(s) replaced` : ''} in ${s.seconds.toFixed(1)} s${rate}`,
    `graph: ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created` +
      (s.nodesDeleted || s.relationshipsDeleted ? `, ${s.nodesDeleted} nodes and ${s.relationshipsDeleted} relationships deleted` : '') +
      (s.adminUnitsLoaded ? ` (${s.adminUnitsLoaded} admin units loaded)` : ''),
  ];
  if (s.failures.length) {
    lines.push('failed:');
    for (const f of s.failures.slice(0, 50)) lines.push(`  ${f.file}: ${f.error}`);
    if (s.failures.length > 50) lines.push(`  … and ${s.failures.length - 50} more`);
  }
  return `${lines.join('\n')}\n`;
}

const REPORT_EXT = new Set(['.txt', '.html', '.htm']);

/** How many reports the paths hold (for the progress bar): report files, and lines of .jsonl files. */
export function countInputs(paths: string[]): number {
  let n = 0;
  const visit = (p: string, top: boolean) => {
    let st;
    try { st = statSync(p); } catch { n++; return; }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (!name.startsWith('.')) visit(join(p, name), false);
      return;
    }
    const ext = extname(p).toLowerCase();
    if (p.endsWith('.meta.json') || p.endsWith('.gold.json')) return;
    if (ext === '.jsonl') {
      try { n += countLines(p); } catch { n++; }
    } else if (REPORT_EXT.has(ext) || top) n++;
  };
  for (const p of paths) visit(p, true);
  return n;
}

/** Lines of a file, read in chunks (a JSON-lines file may be larger than memory allows). */
function countLines(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let lines = 0;
    let last = 10;
    for (let got = readSync(fd, buf); got > 0; got = readSync(fd, buf)) {
      for (let i = buf.indexOf(10); i !== -1 && i < got; i = buf.indexOf(10, i + 1)) lines++;
      last = buf[got - 1]!;
    }
    return lines + (last !== 10 ? 1 : 0);
  } finally {
    closeSync(fd);
  }
}

/** One line on stderr, redrawn at most ten times a second. */
class ProgressBar {
  private last = 0;
  private shown = false;
  private readonly started = Date.now();
  private p: IngestProgress = { done: 0, ok: 0, unchanged: 0, failed: 0 };
  constructor(private readonly total: number) {}

  update(p: IngestProgress): void {
    this.p = p;
    const t = Date.now();
    if (t - this.last < 100 && p.done < this.total) return;
    this.last = t;
    this.draw();
  }

  private draw(): void {
    const { done, ok, unchanged, failed } = this.p;
    const width = 30;
    const frac = this.total > 0 ? Math.min(1, done / this.total) : 0;
    const filled = Math.round(frac * width);
    const secs = (Date.now() - this.started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = rate > 0 && this.total > done ? ` eta ${Math.ceil((this.total - done) / rate)}s` : '';
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ok ${ok} unchanged ${unchanged} failed ${failed} · ${rate.toFixed(0)}/s${eta}`;
    process.stderr.write(`\r\x1b[2K${line}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[2K');
    this.shown = false;
  }

  done(): void {
    this.draw();
    process.stderr.write('\n');
    this.shown = false;
  }
}
