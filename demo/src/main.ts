// `pnpm demo`: PORT (default 5173) and DATA_DIR (default demo/.data); REDEEM_ERRORS=generic imitates
// the newer new-api that answers every redeem failure with "兑换失败，请稍后重试".
import { resolve } from 'node:path';
import { startDemo } from './server.js';

const port = Number.parseInt(process.env.PORT ?? '5173', 10);
const dataDir = resolve(process.env.DATA_DIR ?? resolve(import.meta.dirname, '..', '.data'));
const demo = await startDemo({
  port,
  host: '127.0.0.1',
  dataDir,
  redeemMessages: process.env.REDEEM_ERRORS === 'generic' ? 'generic' : 'detailed',
});

console.log(`Topup Doctor demo: ${demo.origin}/login  (data: ${dataDir})`);
console.log(
  `  console ${demo.origin}/console/topup · payment simulator ${demo.origin}/sim · support inbox ${demo.origin}/inbox`,
);

const stop = async () => {
  await demo.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
