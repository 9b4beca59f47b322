// `pnpm demo`: PORT (default 5173), DATA_DIR (default demo/.data), DATABASE_URL (the intake on PostgreSQL
// instead of PGlite under DATA_DIR/intake); REDEEM_ERRORS=generic imitates
// the newer new-api that answers every redeem failure with "兑换失败，请稍后重试". The sub2api-shaped
// console listens on SUB2API_PORT (default PORT + 1). The demo clock starts at DEMO_NOW (a date) or
// DEMO_CLOCK_OFFSET (+40m, -2h, 3d) from this machine's time; SCENARIO=<name> seeds a situation
// (the list is on /demo).
import { resolve } from 'node:path';
import { offsetFromEnv } from './clock.js';
import { isScenarioName, SCENARIO_NAMES } from './scenarios/seeds.js';
import { startDemo } from './server.js';

const port = Number.parseInt(process.env.PORT ?? '5173', 10);
const sub2apiPort = Number.parseInt(process.env.SUB2API_PORT ?? String(port + 1), 10);
const dataDir = resolve(process.env.DATA_DIR ?? resolve(import.meta.dirname, '..', '.data'));
const scenarioEnv = process.env.SCENARIO;
if (scenarioEnv && !isScenarioName(scenarioEnv)) {
  console.error(`Unknown SCENARIO=${scenarioEnv}. One of: ${SCENARIO_NAMES.join(', ')}`);
  process.exit(1);
}
const scenario = scenarioEnv && isScenarioName(scenarioEnv) ? scenarioEnv : undefined;
const demo = await startDemo({
  port,
  sub2apiPort,
  host: '127.0.0.1',
  dataDir,
  redeemMessages: process.env.REDEEM_ERRORS === 'generic' ? 'generic' : 'detailed',
  clockOffsetMs: offsetFromEnv(process.env, Date.now()),
  ...(scenario ? { scenario } : {}),
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
});

console.log(`Topup Doctor demo: ${demo.origin}/login  (data: ${dataDir})`);
console.log(
  `  console ${demo.origin}/console/topup · payment simulator ${demo.origin}/sim · support inbox ${demo.origin}/inbox`,
);
console.log(
  `  sub2api-shaped console ${demo.sub2apiOrigin}/login · demo tools (clock, scenarios) ${demo.origin}/demo`,
);
if (demo.clock.state().offsetMs !== 0)
  console.log(`  demo clock: ${new Date(demo.clock.now()).toISOString()}`);

const stop = async () => {
  await demo.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
