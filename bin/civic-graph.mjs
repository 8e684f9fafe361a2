#!/usr/bin/env node
// Entry point: runs the TypeScript CLI through tsx's loader so that the sources are the program.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli.ts');
