#!/usr/bin/env node
/**
 * Build step after tsc: bundle the interactive view (dist/ui/run.js with ink, React
 * and their dependencies) into one file. Loading ink's ~100 modules, and the whole
 * es-toolkit/compat barrel it imports for one function, took ~0.5 s of every cold
 * `envdiff compare` on a terminal; one tree-shaken file loads in a fraction of that.
 * Only the TUI is bundled: capture and the text/markdown/json paths never load it.
 */
import { build } from 'esbuild';

/** ink connects to React DevTools only with DEV=true; the bundle never does. */
const devtoolsStub = {
  name: 'react-devtools-stub',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };' }));
  },
};

await build({
  entryPoints: ['dist/ui/run.js'],
  outfile: 'dist/ui/run.js',
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // React picks its production build from NODE_ENV; decide it here once.
  define: { 'process.env.NODE_ENV': '"production"' },
  // run.ts also sets NODE_ENV for the unbundled (test) build; here it is constant.
  logOverride: { 'assign-to-define': 'silent' },
  plugins: [devtoolsStub],
  // CommonJS packages in an ESM bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __envdiffCreateRequire } from 'node:module'; const require = __envdiffCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
