import type { Command } from 'commander';

// Placeholder until the 'serve' command is built; it says so and exits non-zero.
export function register(program: Command): void {
  program
    .command('serve')
    .description('(serve: not built yet)')
    .action(() => {
      console.error('civic-graph serve: not built yet');
      process.exitCode = 2;
    });
}
