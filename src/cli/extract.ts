// `civic-graph extract <file|dir|-> [--format record|full] [--out DIR]`
import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFull } from '../extract/index.ts';
import { readInputs, type InputReport } from '../io/inputs.ts';

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract people, positions, events and documents from report files (.txt, .html) or stdin')
    .argument('<paths...>', 'files or directories (recursive), or - for standard input')
    .option('--format <format>', 'record (the eval schema) or full (with evidence: rules and spans)', 'record')
    .option('--out <dir>', 'write one <id>.json per report into DIR instead of printing')
    .action(async (paths: string[], opts: { format: string; out?: string }) => {
      if (opts.format !== 'record' && opts.format !== 'full') {
        console.error(`civic-graph extract: --format must be 'record' or 'full', got '${opts.format}'`);
        process.exitCode = 2;
        return;
      }
      if (opts.out) mkdirSync(opts.out, { recursive: true });
      let failed = 0;
      let ok = 0;
      for await (const item of readInputs(paths)) {
        if ('error' in item) {
          failed++;
          console.error(`${item.file}: ${item.error}`);
          continue;
        }
        const r: InputReport = item;
        const full = extractFull(r.text, { id: r.id, meta: r.meta, html: r.html });
        const out = opts.format === 'full' ? full : full.record;
        const json = JSON.stringify(out, null, 2);
        if (opts.out) writeFileSync(join(opts.out, `${r.id}.json`), `${json}\n`);
        else process.stdout.write(`${json}\n`);
        ok++;
      }
      if (opts.out) console.error(`extracted ${ok} report(s)${failed ? `, ${failed} failed` : ''} into ${opts.out}`);
      if (failed) process.exitCode = 1;
    });
}
