import type { Command } from 'commander';

// Placeholder until the 'ingest' command is built; it says so and exits non-zero.
export function register(program: Command): void {
  program
    .command('ingest')
    .description('(ingest: not built yet)')
    .action(() => {
      console.error('civic-graph ingest: not built yet');
      process.exitCode = 2;
    });
}
