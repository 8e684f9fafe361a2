import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One copy of graphql for tests, Pothos and Yoga ("Cannot use GraphQLSchema from another
    // module or realm" otherwise).
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts one Neo4j for the whole run (or uses NEO4J_URI) and applies the schema. The first
    // run on a machine builds neo4j-local/ with Maven, which can take minutes; globalSetup has
    // no timeout of its own.
    globalSetup: ['tests/global-setup.ts'],
    // Test files share that database: one file at a time (the machine has 2 cores, too).
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
