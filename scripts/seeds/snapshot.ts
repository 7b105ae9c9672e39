/**
 * Reproduce seeds and ship them as snapshots/<case>/{a.json,b.json,build.log}
 * (README.md there is written by hand). Prints how each ranked and what was seen.
 *
 *   npm run build && npx tsx scripts/seeds/snapshot.ts [case ...]
 *
 * Changes global state for the binfmt case (see scripts/seeds/binfmt-entry.ts):
 * run it alone, not beside other tests.
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SEEDS } from './index.js';
import { compareRanked, isExpected } from './seed.js';
import { REPO } from './shell.js';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !SEEDS.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(`unknown seed ${unknown.join(', ')}; known: ${SEEDS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

let failed = false;
for (const seed of SEEDS.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
  const dir = await mkdtemp(join(tmpdir(), `envdiff-seed-${seed.name}-`));
  const started = performance.now();
  try {
    const run = await seed.reproduce(dir);
    const ranked = await compareRanked(run);
    const top = ranked[0];
    const ok = isExpected(top, run.expect);
    failed ||= !ok;
    const out = join(REPO, 'snapshots', seed.name);
    await mkdir(out, { recursive: true });
    for (const file of ['a.json', 'b.json', 'build.log']) await copyFile(join(dir, file), join(out, file));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${seed.name}: ${ok ? 'ok' : 'WRONG'} in ${seconds} s; #1 ${top ? `${top.scope} ${top.facet} ${top.key} (${top.kind})` : 'none'} of ${ranked.length}`,
    );
    for (const note of run.notes) console.log(`  ${note}`);
  } catch (error) {
    failed = true;
    console.error(`${seed.name}: ${(error as Error).message}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
process.exitCode = failed ? 1 : 0;
