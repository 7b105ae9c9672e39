#!/usr/bin/env node
/**
 * Build step after tsc: inline third-party packages into the two entry points whose
 * load time users feel. Node 20 loads an ESM dependency tree file by file, so:
 * - dist/ui/run.js: ink's ~100 modules, plus the whole es-toolkit/compat barrel it
 *   imports for one function, cost ~0.5 s of every cold interactive compare;
 * - dist/capture/host-runner.js: execa's ~50 modules cost ~100 ms before the first
 *   probe of a capture can start (bundled: ~30 ms).
 * Our own modules outside the entry's folder stay external, so the error classes
 * (instanceof checks in src/cli.ts) and shared code exist once.
 */
import { build } from 'esbuild';
import { dirname, relative, resolve, sep } from 'node:path';

const ENTRIES = [
  // The UI is bundled with its own folder: App and components must share one React.
  { file: 'dist/ui/run.js', ownFolderBundled: true },
  { file: 'dist/capture/host-runner.js', ownFolderBundled: false },
];

/** Relative imports that leave the bundled set stay imports (same relative path:
 *  the bundle replaces its entry in place). */
function keepOwnModulesExternal(entryFile, ownFolderBundled) {
  const entry = resolve(entryFile);
  const folder = dirname(entry) + sep;
  return {
    name: 'keep-own-modules-external',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.importer !== entry && !args.importer.startsWith(folder)) return undefined;
        const target = resolve(dirname(args.importer), args.path);
        if (ownFolderBundled && target.startsWith(folder)) return undefined;
        if (!ownFolderBundled && target === entry) return undefined;
        let path = relative(dirname(entry), target).split(sep).join('/');
        if (!path.startsWith('.')) path = `./${path}`;
        return { path, external: true };
      });
    },
  };
}

/** ink connects to React DevTools only with DEV=true; the bundle never does. */
const devtoolsStub = {
  name: 'react-devtools-stub',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };' }));
  },
};

for (const { file, ownFolderBundled } of ENTRIES) {
  await build({
    entryPoints: [file],
    outfile: file,
    allowOverwrite: true,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: false,
    // React picks its production build from NODE_ENV; decide it here once. (run.ts
    // also sets NODE_ENV for the unbundled build the tests use.)
    define: { 'process.env.NODE_ENV': '"production"' },
    logOverride: { 'assign-to-define': 'silent' },
    plugins: [keepOwnModulesExternal(file, ownFolderBundled), devtoolsStub],
    // CommonJS packages in an ESM bundle still call require() for Node built-ins.
    banner: { js: "import { createRequire as __envdiffCreateRequire } from 'node:module'; const require = __envdiffCreateRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
  });
}
