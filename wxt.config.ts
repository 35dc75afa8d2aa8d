import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bergamotWorkerAssets } from './scripts/bergamot-assets';

/**
 * Test hooks (a page-event bridge to the content script's message handler) exist only in builds
 * made with HANYEONG_TEST_HOOKS=1 (`npm run build:test`): Firefox's WebDriver BiDi cannot message
 * an extension tab from outside, so its end-to-end tests need them. `__TEST_HOOKS__` is a
 * compile-time constant: in the shipped build the bridge is dead code and is removed.
 */
const testHooks = process.env.HANYEONG_TEST_HOOKS === '1';

/**
 * Extension pages (the offscreen document, the background page, their Workers) may compile
 * WebAssembly, Mozilla's Bergamot engine, and nothing else: no eval, no remote script.
 */
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  // Bergamot's worker and WASM engine, copied from node_modules at build time (5 MB; not committed).
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...bergamotWorkerAssets());
    },
  },
  // Test builds go to their own folder so a store build is never mistaken for one;
  // HANYEONG_OUT gives a parallel run (another worktree, a bench) a folder of its own.
  outDir: process.env.HANYEONG_OUT ?? (testHooks ? '.output/test' : '.output'),
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    define: { __TEST_HOOKS__: JSON.stringify(testHooks) },
    build: { minify: true },
  }),
  // `npm run zip`: one package per store; `wxt zip -b firefox` adds the sources archive AMO asks
  // for (built output, test results and local corpora stay out; see docs/store.md).
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['.output/**', 'out/**', 'test-results/**', 'coverage/**', 'docs/screenshots/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the toolbar button and shortcuts work on the page they were used on;
    // scripting: the reader bundle is injected only when asked for (the every-page detector stays tiny);
    // storage: settings.
    // offscreen (Chrome): the document that hosts the on-device engine's Worker (a service worker cannot spawn one).
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    host_permissions: ['http://*/*', 'https://*/*'],
    // The every-page detector (entrypoints/detector.ts), declared here rather than as a WXT content
    // script: WXT's content-script context posts the extension's id to every page (utils/script-lifetime.ts).
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_idle', all_frames: false }],
    // Grey until the detector reports an article on the tab (background.ts setLit swaps in the lit set).
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: '/icon/16-grey.png', 32: '/icon/32-grey.png', 48: '/icon/48-grey.png', 128: '/icon/128-grey.png' },
    },
    commands: {
      // Alt+A/Q/T/S/E/W/C/K/O/I/R and Ctrl+Alt+R are taken by popular translators.
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+Y', mac: 'Alt+Shift+Y' },
        description: '__MSG_commandToggle__',
      },
      'switch-language': {
        suggested_key: { default: 'Alt+Shift+L', mac: 'Alt+Shift+L' },
        description: '__MSG_commandSwitch__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hanyeong-reader@hanyeong.app',
              // 140 (the current ESR) is the first release that reads data_collection_permissions
              // (web-ext lint KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION below it); Android got it in 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
