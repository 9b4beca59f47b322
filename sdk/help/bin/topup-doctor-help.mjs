#!/usr/bin/env node
// Runs the TypeScript CLI through tsx. Inside the repository the sdk is read from its TypeScript sources
// (the `source` export condition, no build step); installed from the registry, from its built files.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const tsx = import.meta.resolve('tsx');
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const sdkSources = new URL('src/core/index.ts', import.meta.resolve('@topup-doctor/sdk/package.json'));
const conditions = existsSync(fileURLToPath(sdkSources)) ? ['--conditions=source'] : [];
const run = spawnSync(process.execPath, [...conditions, '--import', tsx, cli, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
