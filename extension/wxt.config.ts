import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

// Permissions are the product's promise: nothing on any site until the user says "use on this site".
// - `storage`: the per-origin history (background only); `scripting`: register content scripts for
//   granted origins and inject the self-check panel; `activeTab`: read the current tab's origin in the
//   popup before any host access exists, so "use on this site" knows what to request.
// - Host access is optional and per origin (`optional_host_permissions`), never `<all_urls>`.
// - `--mode e2e` (build:e2e) is TEST-ONLY: a headless browser cannot click a permission prompt, so it
//   pre-grants http://127.0.0.1/* (any port) and nothing else. The production manifest has no host
//   permission at all; test/extension-manifest.test.ts checks the built production manifest.
const E2E_HOST = 'http://127.0.0.1/*';

/** Preact's one HTML sink: `dom.innerHTML = props.dangerouslySetInnerHTML.__html` in its diff. */
const PREACT_SINK = /(\w+)\.innerHTML=(\w+)\.__html/g;
const PREACT_DIST = /[\\/]preact[\\/]dist[\\/]preact\.mjs$/;

/**
 * The sdk's widget UI (Preact) runs in the extension's panel script. Preact's diff assigns `innerHTML`
 * for `dangerouslySetInnerHTML`, a prop our UI never uses (sdk/src/ui renders console strings as text
 * nodes only), and `web-ext lint --warnings-as-errors` rightly flags the sink. We remove the sink from
 * the bundle instead of hiding the warning: the assignment becomes `textContent` (markup would show as
 * inert text). The build FAILS when Preact's code no longer has exactly that one assignment, or when any
 * bundled script still assigns `innerHTML`, so a Preact upgrade cannot silently bring a sink back.
 */
export function stripPreactInnerHtml() {
  return {
    name: 'topup-doctor:strip-preact-innerhtml',
    transform(this: { error(message: string): never }, code: string, id: string) {
      if (!PREACT_DIST.test(id.split('?')[0] ?? '')) return null;
      const found = code.match(PREACT_SINK)?.length ?? 0;
      if (found !== 1) {
        this.error(
          `preact/dist/preact.mjs: expected one innerHTML sink (dangerouslySetInnerHTML) to strip, found ${found}: update stripPreactInnerHtml in extension/wxt.config.ts`,
        );
      }
      return { code: code.replace(PREACT_SINK, '$1.textContent=$2.__html'), map: null };
    },
    renderChunk(this: { error(message: string): never }, code: string, chunk: { fileName: string }) {
      if (/\.innerHTML\s*=(?!=)/.test(code)) this.error(`${chunk.fileName} assigns innerHTML (an HTML sink)`);
      return null;
    },
  };
}

/** Icon sizes the stores and browsers ask for; public/icon/<size>.png, drawn by scripts/icons.mjs. */
const ICON_SIZES = [16, 32, 48, 128] as const;
const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));

export default defineConfig({
  manifestVersion: 3,
  // Store packages (`wxt zip`): topup-doctor-<version>-chrome.zip, -firefox.zip and, for AMO's review, the
  // sources zip. The extension bundles the sdk from its sources, so the sources zip is the workspace
  // (lockfile, sdk, extension, the other packages' manifests) minus installed and built files; its
  // BUILDING.md says how to rebuild the same files.
  zip: {
    name: 'topup-doctor',
    sourcesRoot: resolve(import.meta.dirname, '..'),
    excludeSources: [
      '**/node_modules/**',
      '**/.output/**',
      '**/.wxt/**',
      '**/dist/**',
      '**/.data/**',
      'test/artifacts/**',
      '**/*.tsbuildinfo',
    ],
  },
  // Bundle the sdk from its TypeScript sources ("source" export condition): no sdk build step, and the
  // extension always ships the same core and adapters the tests ran.
  vite: () => ({
    resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
    plugins: [stripPreactInnerHtml()],
  }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    icons,
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(mode === 'e2e' ? { host_permissions: [E2E_HOST] } : {}),
    action: { default_title: '__MSG_extActionTitle__', default_icon: icons },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'topup-doctor@topup-doctor.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
