#!/usr/bin/env node
/**
 * Build step after tsc (src/ -> build/): bundle the CLI into dist/.
 *
 * Node 20 loads an ES module tree file by file and has no compile cache, so start-up
 * grows with the number of modules: ink's ~100 (plus the whole es-toolkit/compat
 * barrel it imports for one function) cost ~0.5 s of an interactive compare, execa's
 * ~50 cost ~100 ms before a capture's first probe, and our own ~70 plus commander
 * ~40 ms of every command. One tree-shaken bundle, split at the dynamic imports (the
 * TUI, container capture, each command) so each command loads only what it runs.
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

/** ink connects to React DevTools only with DEV=true; the bundle never does. */
const devtoolsStub = {
  name: 'react-devtools-stub',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };' }));
  },
};

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { bin: 'build/bin.js', 'eval/cli': 'build/eval/cli.js' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Loaded from node_modules as it is: dockerode pulls optional native modules
  // (ssh2, cpu-features).
  external: ['dockerode'],
  // React picks its production build from NODE_ENV; decide it here once. (src/ui/run.ts
  // also sets NODE_ENV for the unbundled code the tests run.)
  define: { 'process.env.NODE_ENV': '"production"' },
  logOverride: { 'assign-to-define': 'silent' },
  plugins: [devtoolsStub],
  // CommonJS packages in an ESM bundle still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __envdiffCreateRequire } from 'node:module'; const require = __envdiffCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
