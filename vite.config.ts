// Build of the app and its service worker. The worker precaches everything the app can show
// (shell, every screen, every locale, the rights catalogue) so it works offline after the
// first visit.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { noticeTexts } from './scripts/vite/notice-texts';
import { contentSecurityPolicy } from './scripts/vite/content-security-policy';

const THEME = '#0a5c7a';

export default defineConfig({
  define: {
    __BUILD_ID__: JSON.stringify(process.env.CARNET_BUILD_ID ?? new Date().toISOString().slice(0, 10)),
  },
  resolve: {
    alias: [{ find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: fileURLToPath(new URL('./src/app/shims/use-sync-external-store.ts', import.meta.url)) }],
  },
  build: {
    target: 'es2022',
    manifest: true,
    sourcemap: process.env.CARNET_SOURCEMAP === '1',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|dexie|dexie-react-hooks|i18next|react-i18next|wouter|regexparam|use-sync-external-store)[\\/]/ },
            // The small modules every first screen needs, in one file rather than six: each chunk
            // costs its own import and export lists, and compresses alone.
            { name: 'shell', test: /src[\\/](ui[\\/](button|banner|card|field|screen|icons|language-picker)\.tsx|storage[\\/](shell|db|storage-events|storage-errors|unsaved-edits|household-summary)\.ts|storage[\\/](schema[\\/][^/\\]+|hooks[\\/](shell-hooks|use-active-household)|repositories[\\/](settings|household-summaries|create-household|household-language|notices-count))\.ts|i18n[\\/](i18n|languages|format|index)\.ts)$/ },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // Updates wait for the person to press "Update": a shared office tablet must not
      // change under someone's hands.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      injectManifest: {
        // Icons and the manifest are added by the plugin itself; listing png here would
        // precache them twice.
        globPatterns: ['**/*.{js,css,html}'],
        buildPlugins: { vite: [noticeTexts(fileURLToPath(new URL('./locales', import.meta.url)))] },
      },
      manifest: {
        id: '/',
        name: 'Carnet — mes droits sociaux',
        short_name: 'Carnet',
        description:
          'Trouvez les aides sociales belges auxquelles vous avez peut-être droit. Vos réponses restent sur votre téléphone.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME,
        background_color: '#ffffff',
        categories: ['utilities', 'government'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
});
