#!/usr/bin/env node
// Extraction quality gate: extracts a gold corpus and scores it with ../shared/eval/score.mjs,
// failing below the thresholds of issue 3. Skips (exit 0, says so) when ../shared is absent.
//   node scripts/score-gate.mjs [corpus-dir]   (default ../shared/corpus/dev)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(process.argv[2] ?? join(root, '..', 'shared', 'corpus', 'dev'));
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');
if (!existsSync(corpus) || !existsSync(scorer)) {
  console.log(`score-gate: skipped (${existsSync(scorer) ? corpus : scorer} not found; the shared corpus is not beside this clone)`);
  process.exit(0);
}
const out = mkdtempSync(join(tmpdir(), 'civic-graph-score-'));
try {
  execFileSync(process.execPath, [join(root, 'bin', 'civic-graph.mjs'), 'extract', '--out', out, corpus], { stdio: ['ignore', 'ignore', 'inherit'] });
  const { score } = await import(pathToFileURL(scorer).href);
  const { rows, reports } = score(corpus, out);
  console.log(`score-gate: ${corpus} (${reports} reports)`);
  for (const [k, r] of Object.entries(rows)) console.log(`  ${k.padEnd(16)} P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}`);
  const bars = [['overall', 'f1', 0.93], ['position', 'f1', 0.90], ['chair', 'f1', 0.95], ['document', 'f1', 0.95], ['person', 'precision', 0.97]];
  const failed = bars.filter(([k, m, min]) => rows[k][m] < min);
  for (const [k, m, min] of failed) console.error(`score-gate: ${k} ${m} ${rows[k][m]} is below ${min}`);
  if (failed.length) process.exit(1);
  console.log('score-gate: all thresholds met');
} finally {
  rmSync(out, { recursive: true, force: true });
}
