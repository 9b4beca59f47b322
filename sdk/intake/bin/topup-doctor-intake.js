#!/usr/bin/env node
// The published bin runs the built CLI (dist/cli.js); in the workspace use `pnpm --filter ./sdk/intake cli`.
import '../dist/cli.js';
