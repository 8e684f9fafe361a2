// The one command-line entry: `civic-graph <command>`. Each command lives in src/cli/<name>.ts
// and exports `register(program)`.
import { Command } from 'commander';
import { register as registerDb } from './cli/db.ts';
import { register as registerExtract } from './cli/extract.ts';
import { register as registerIngest } from './cli/ingest.ts';
import { register as registerServe } from './cli/serve.ts';

const program = new Command();
program
  .name('civic-graph')
  .description('Vietnamese local-government news reports as a knowledge graph (Neo4j + GraphQL)')
  .showHelpAfterError();

registerDb(program);
registerExtract(program);
registerIngest(program);
registerServe(program);

await program.parseAsync(process.argv);
