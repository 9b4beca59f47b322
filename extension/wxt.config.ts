import { defineConfig } from 'wxt';

// Permissions are the product's promise: nothing on any site until the user says "use on this site".
// - `storage`: the per-origin history (background only); `scripting`: register content scripts for
//   granted origins and inject the self-check panel; `activeTab`: read the current tab's origin in the
//   popup before any host access exists, so "use on this site" knows what to request.
// - Host access is optional and per origin (`optional_host_permissions`), never `<all_urls>`.
// - `--mode e2e` (build:e2e) is TEST-ONLY: a headless browser cannot click a permission prompt, so it
//   pre-grants http://127.0.0.1/* (any port) and nothing else. The production manifest has no host
//   permission at all; test/extension-manifest.test.ts checks the built production manifest.
export const E2E_HOST = 'http://127.0.0.1/*';

export default defineConfig({
  manifestVersion: 3,
  // Bundle the sdk from its TypeScript sources ("source" export condition): no sdk build step, and the
  // extension always ships the same core and adapters the tests ran.
  vite: () => ({ resolve: { conditions: ['source', 'module', 'browser', 'development|production'] } }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(mode === 'e2e' ? { host_permissions: [E2E_HOST] } : {}),
    action: { default_title: '__MSG_extName__' },
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
