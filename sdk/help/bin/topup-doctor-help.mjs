#!/usr/bin/env node
// Runs the TypeScript CLI through tsx with the workspace's `source` condition (no build step).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const tsx = import.meta.resolve('tsx');
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const run = spawnSync(
  process.execPath,
  ['--conditions=source', '--import', tsx, cli, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
