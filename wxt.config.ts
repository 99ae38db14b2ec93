import { defineConfig } from 'wxt';

// One policy for every extension page: our own scripts and styles only, article images from the web,
// nothing else. Article HTML is sanitised before it reaches a page, and this is the second wall.
const EXTENSION_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: http: data:",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  manifest: ({ manifestVersion, browser }) => ({
    name: 'Newsclip',
    description:
      'Clip news articles with their headline, time, byline and clean text; keep them tagged, searchable and exportable.',
    // activeTab + scripting: re-inject the content script into a tab that was open before install, only
    // when the reader asks to clip it. contextMenus: the "Clip this page" menu entry. unlimitedStorage: a
    // library of thousands of full articles outgrows the default quota.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'unlimitedStorage'],
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Clip this page',
      },
    },
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGE_CSP } : EXTENSION_PAGE_CSP,
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // data_collection_permissions is understood from Firefox 140 (desktop) and 142 (Android).
        gecko: {
          id: 'newsclip@newsclip.app',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
