import { fileURLToPath } from 'node:url';
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import { defineConfig } from 'vite';
import { inlineGraphqlDocuments } from './codegen/inline-documents.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The staff console. Vite 8 compiles TSX itself (Oxc, automatic JSX runtime); the build goes to
 * dist/web, which the API serves on `/` and the console routes. `npm run web:dev` proxies the API.
 */
export default defineConfig(({ mode }) => ({
  root: here('.'),
  base: '/',
  publicDir: false,
  // react-aria ships the strings of 30+ languages: the console keeps French only.
  // Each graphql() call becomes its own document: a route's chunk carries only its operations.
  plugins: [
    { ...optimizeLocales.vite({ locales: ['fr-FR'] }), enforce: 'pre' },
    inlineGraphqlDocuments({ gqlDirectory: here('src/gql') }),
  ],
  resolve: {
    alias: [
      { find: '@console-routes', replacement: here('../../libs/core/src/web/console-routes.ts') },
      // The pure rules of the server's domains (password policy, counts…), shared with the console.
      { find: /^@domain\/([a-z-]+)\/(.*)$/, replacement: `${here('../../libs')}/$1/src/domain/$2` },
    ],
  },
  // The production JSX transform and builds of React and React Router whenever the mode is
  // production, even when the build runs under a test runner that sets NODE_ENV=test.
  oxc: { jsx: { runtime: 'automatic', development: mode !== 'production' } },
  define: { 'process.env.NODE_ENV': JSON.stringify(mode === 'production' ? 'production' : 'development') },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    manifest: true,
    sourcemap: true,
    target: 'es2022',
    chunkSizeWarningLimit: 400,
    rollupOptions: {
      // Build timings are printed when the machine is busy: not a problem of the code.
      checks: { pluginTimings: false },
      onwarn(warning, warn) {
        // React Router marks its modules "use client" (for React Server Components): meaningless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      [
        '/graphql',
        '/health',
        '/p/',
        '/rdv/',
        '/verify',
        '/passeport/',
        '/passports/',
        '/interviews/',
        '/admin/queues',
        '/indicators',
      ].map((path) => [path, { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: false }]),
    ),
  },
}));
