// The published package as a consumer gets it: `npm pack` the built sdk, check the tarball (README,
// LICENSE, CHANGELOG in; no source maps, build caches or test helpers), install it offline from the
// tarball and the pnpm store into a fresh app, typecheck the app under strict settings (the package's
// declarations included: skipLibCheck off) and build it with Vite. The script-tag import must survive
// tree-shaking (`sideEffects`), the custom preset's options must take a CustomConsoleSource without a
// cast, and Preact must be the app's own copy (a peer dependency).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SDK = join(ROOT, 'sdk');
const sdkPackage = JSON.parse(readFileSync(join(SDK, 'package.json'), 'utf8')) as {
  version: string;
  peerDependencies: Record<string, string>;
};

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** pnpm as the test runs under it (`pnpm test`), else the pinned one through npx. */
function pnpm(args: string[], cwd: string): string {
  const execpath = process.env.npm_execpath;
  return execpath && /pnpm/.test(execpath)
    ? /\.c?js$/.test(execpath)
      ? run(process.execPath, [execpath, ...args], cwd)
      : run(execpath, args, cwd) // pnpm 12 is a native binary
    : run('npx', ['-y', 'pnpm@12.21.0', ...args], cwd);
}

let work: string;
let tarball: string;
let files: string[];
let app: string;

beforeAll(() => {
  if (!existsSync(join(SDK, 'dist', 'topup-doctor.js')))
    throw new Error('No sdk build: run `pnpm --filter ./sdk build` first.');
  work = mkdtempSync(join(tmpdir(), 'topup-doctor-pack-'));
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], SDK)) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = join(work, packed[0]?.filename ?? '');
  files = (packed[0]?.files ?? []).map((f) => f.path);

  app = join(work, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'fresh-app',
      private: true,
      type: 'module',
      dependencies: { '@topup-doctor/sdk': `file:${tarball}`, preact: sdkPackage.peerDependencies.preact },
    }),
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom', 'dom.iterable'],
        jsx: 'react-jsx',
        jsxImportSource: 'preact',
        strict: true,
        noUncheckedIndexedAccess: true,
        noImplicitOverride: true,
        skipLibCheck: false,
        noEmit: true,
        types: [],
      },
      include: ['src'],
    }),
  );
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html><body><div id="app"></div><script type="module" src="/src/main.tsx"></script></body></html>',
  );
  // The README's examples, as an app would write them.
  writeFileSync(
    join(app, 'src', 'main.tsx'),
    `import '@topup-doctor/sdk/script';
import { render } from 'preact';
import { mount, on, type WidgetConfigInput } from '@topup-doctor/sdk';
import type { CustomConsoleSource } from '@topup-doctor/sdk/consoles';
import { maskText } from '@topup-doctor/sdk/core';
import { maskField } from '@topup-doctor/sdk/mask';

const source: CustomConsoleSource = {
  async getAccount() {
    return { id: 7, username: 'alice', balance: { raw: 12.5, quotaPerUnit: 1, displayUnit: 'CNY' } };
  },
  async getOrders() {
    return [{ ref: 1, tradeNo: '2026112212345678901', money: 73, currency: 'CNY', status: 'pending', createdAt: Date.now() }];
  },
  historyWindowDays: 90,
};
const config: WidgetConfigInput = {
  console: { preset: 'custom', options: source },
  transports: { webhook: { endpoint: '/api/tickets' } },
  rules: { callbackMinutes: { default: 10 }, contacts: [{ kind: 'email', value: 'support@example.com' }] },
};
const handle = mount(null, config);
const off = on('ticket_sent', (event) => console.log(event.type, event.problem ?? ''));
const App = () => (
  <p>
    {maskText('card 6222 0212 3456 7890 123').text} {String(maskField('tradeNo', '2026112212345678901').value)}
  </p>
);
render(<App />, document.getElementById('app')!);
export { handle, off };
`,
  );
  pnpm(['install', '--offline', '--ignore-scripts'], app);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the tarball holds README, LICENSE, CHANGELOG and built files only', () => {
  expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']));
  expect(files).toContain('dist/topup-doctor.js');
  expect(files).toContain('dist/topup-doctor-panel.js');
  expect(files).toContain('dist/types/index.d.ts');
  const unwanted = files.filter((f) => /\.map$|tsbuildinfo|\.test\.|fake-env|fixtures|(^|\/)src\//.test(f));
  expect(unwanted).toEqual([]);
  expect(readFileSync(join(app, 'node_modules', '@topup-doctor', 'sdk', 'LICENSE'), 'utf8')).toMatch(
    /^MIT License/,
  );
  console.log(`sdk tarball: ${files.length} files`);
});

test('a Preact app loads one Preact: the package takes it as a peer', () => {
  const fromApp = realpathSync(join(app, 'node_modules', 'preact'));
  const sdkDir = realpathSync(join(app, 'node_modules', '@topup-doctor', 'sdk'));
  const fromSdk = createRequire(join(sdkDir, 'package.json')).resolve('preact/package.json');
  expect(realpathSync(resolve(fromSdk, '..'))).toBe(fromApp);
});

test('the app typechecks under strict settings, the custom preset typed without a cast', () => {
  const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
  run(tsc, ['-p', join(app, 'tsconfig.json')], app);
}, 120_000);

test('Vite builds the app and keeps the script-tag import', async () => {
  const vitePath = createRequire(
    createRequire(join(ROOT, 'package.json')).resolve('vitest/package.json'),
  ).resolve('vite');
  const vite = (await import(vitePath)) as { build(config: Record<string, unknown>): Promise<unknown> };
  await vite.build({
    root: app,
    logLevel: 'silent',
    configFile: false,
    build: { outDir: join(app, 'dist') },
  });
  const assets = join(app, 'dist', 'assets');
  const js = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
  // The loader's own marks: it registers window.TopupDoctor and resolves its panel file.
  const kept = js.includes('topup-doctor-panel.js') && js.includes('TopupDoctor');
  expect(kept, 'the script-tag import was dropped from the bundle').toBe(true);
}, 120_000);
