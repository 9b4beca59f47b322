// topup-doctor-intake: the operator's command.
//   serve          start the intake and inbox (default command)
//   create-admin   create a support admin: --username NAME [--display-name NAME]; the password is read from
//                  the terminal (not echoed) or from standard input when piped
//   migrate        apply pending database migrations and exit
//   test-forward   send a test message through every configured forwarding channel (docs/forwarding.md)
// Reconciliation (the gateway's record beside each ticket): RECONCILE_* or RECONCILE_CONFIG (docs/reconcile.md).
// Storage: DATABASE_URL (PostgreSQL, several instances) or DATA_DIR (embedded PGlite, one process; default
// ./topup-doctor-data). Other settings: README.md of this package.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { passwordProblem } from './auth/password.js';
import { countAdmins, createUser } from './auth/users.js';
import { configFromEnv, parseConfig } from './config.js';
import {
  ForwardConfigError,
  forwardConfigFromEnv,
  forwardingFromEnv,
  sendTestMessages,
} from './forward/index.js';
import { describeReconcile, ReconcileSettingsError, reconcileSettingsFromEnv } from './reconcile/config.js';
import { reconcileClients } from './reconcile/setup.js';
import { startIntakeServer } from './server.js';
import { DataDirLockedError, MIGRATIONS, openStore, type StoreOptions } from './store/index.js';

const USAGE = `Usage: topup-doctor-intake [serve | create-admin --username NAME [--display-name NAME] | migrate | test-forward]

Environment:
  DATABASE_URL      PostgreSQL URL (several instances may share it); without it:
  DATA_DIR          embedded PGlite data directory (default ./topup-doctor-data; one process at a time)
  PORT, HOST        where to listen (default 8787 on 127.0.0.1)
  ALLOWED_ORIGINS   console origins whose pages may post tickets, comma-separated
  TRUSTED_PROXIES   reverse proxies whose X-Forwarded-For is believed (IPs or CIDR blocks), comma-separated
  PUBLIC_URL        the inbox's public URL (https makes the session cookie Secure)
  DEFAULT_LOCALE    zh-CN (default) or en, for new support accounts
  DEFAULT_TIME_ZONE IANA zone for new support accounts (default Asia/Shanghai)
  FORWARD_CHANNELS  forwarding channels as JSON (or FORWARD_CHANNELS_FILE); see docs/forwarding.md
`;

function storeOptions(env: NodeJS.ProcessEnv): StoreOptions {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { dataDir: resolve(env.DATA_DIR || 'topup-doctor-data') };
}

async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = '';
    for await (const chunk of process.stdin) data += chunk;
    return data.replace(/\r?\n$/, '');
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write(prompt);
  // Echo nothing of what is typed.
  output._writeToOutput = () => undefined;
  const answer = await new Promise<string>((done) => rl.question('', done));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function createAdmin(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { username: { type: 'string' }, 'display-name': { type: 'string' } },
    strict: true,
  });
  if (!values.username) {
    console.error('create-admin needs --username NAME');
    return 2;
  }
  const password = await readPassword(`Password for ${values.username} (10+ characters): `);
  const problem = passwordProblem(password);
  if (problem) {
    console.error(`The password is ${problem === 'too_short' ? 'shorter than 10 characters' : 'too long'}.`);
    return 2;
  }
  const config = parseConfig(configFromEnv(process.env));
  const store = await openStore(storeOptions(process.env));
  try {
    const created = await createUser(
      store,
      {
        username: values.username,
        ...(values['display-name'] ? { displayName: values['display-name'] } : {}),
        password,
        role: 'admin',
        locale: config.defaultLocale,
        timeZone: config.defaultTimeZone,
      },
      Date.now(),
    );
    if (!created.ok) {
      console.error(
        created.code === 'username_taken'
          ? `There is already an account named ${values.username}.`
          : 'Usernames are 2-32 letters, digits, dots, dashes or underscores.',
      );
      return 1;
    }
    console.log(`Admin ${created.user.username} created (id ${created.user.id}) in ${store.location}.`);
    return 0;
  } finally {
    await store.close();
  }
}

async function migrateOnly(): Promise<number> {
  const store = await openStore(storeOptions(process.env));
  await store.close();
  console.log(`Database at schema version ${MIGRATIONS.length} (${store.location}).`);
  return 0;
}

/**
 * A fresh data directory is created and migrated by a child `migrate` before the server opens it: PGlite
 * runs initdb in a WASM instance of its own, and the process that did so stayed at ~700 MB resident (the
 * instances' and the compiler's memory, given back late or never) where one opening an existing directory
 * idles at ~200 MB. Best effort: when the child fails (the directory is locked...), opening it here says why.
 */
function prepareDataDir(options: StoreOptions): void {
  if (!('dataDir' in options) || existsSync(join(options.dataDir, 'PG_VERSION'))) return;
  const cli = process.argv[1];
  if (cli) spawnSync(process.execPath, [...process.execArgv, cli, 'migrate'], { stdio: 'inherit' });
}

async function serveCommand(): Promise<number> {
  const env = process.env;
  const config = parseConfig(configFromEnv(env));
  // Checked before anything starts: a bad channel stops the start-up with the key named.
  const forward = forwardingFromEnv(env);
  // Likewise the gateway's read access (docs/reconcile.md): the message names the variable, never a value.
  const reconcile = reconcileSettingsFromEnv(env);
  const port = Number.parseInt(env.PORT ?? '8787', 10);
  const host = env.HOST || '127.0.0.1';
  const store = storeOptions(env);
  prepareDataDir(store);
  const running = await startIntakeServer({
    store,
    config,
    port,
    host,
    // Only with channels: without a hook each group of tickets is one statement, no transaction around it.
    ...(forward.enabled ? { onTicketAccepted: forward.onTicketAccepted } : {}),
    reconcile: reconcileClients(reconcile),
  });
  forward.start(running.store);
  console.log(`  ${describeReconcile(reconcile)}`);
  console.log(`  forwarding: ${forward.enabled ? forward.channels.join(', ') : 'off (FORWARD_CHANNELS)'}`);
  console.log(
    `Topup Doctor intake: ${running.origin}/inbox  (${running.store.kind}: ${running.store.location})`,
  );
  console.log(
    `  tickets: POST ${running.origin}/api/tickets · allowed console origins: ${config.allowedOrigins.join(', ') || '(same origin only)'}`,
  );
  if ((await countAdmins(running.store)) === 0) {
    console.log(
      '  No support admin yet: run `topup-doctor-intake create-admin --username NAME` (stop this process first when using DATA_DIR).',
    );
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await forward.stop();
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return -1;
}

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  switch (command) {
    case 'serve':
      return serveCommand();
    case 'create-admin':
      return createAdmin(rest);
    case 'migrate':
      return migrateOnly();
    case 'test-forward': {
      const results = await sendTestMessages(forwardConfigFromEnv(process.env));
      if (results.length === 0) console.log('No forwarding channels configured (FORWARD_CHANNELS).');
      for (const r of results)
        console.log(`${r.channel}: ${r.result.ok ? 'sent' : `failed: ${JSON.stringify(r.result)}`}`);
      return results.every((r) => r.result.ok) ? 0 : 1;
    }
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (
      error instanceof DataDirLockedError ||
      error instanceof ForwardConfigError ||
      error instanceof ReconcileSettingsError
    )
      console.error(error.message);
    else console.error(`topup-doctor-intake: ${(error as Error).message}`);
    process.exit(1);
  },
);
