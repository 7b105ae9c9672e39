/**
 * `npm run bench`: runs every bench/*.bench.ts (or only those named on the command
 * line), prints one table, and writes bench/results.json.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { formatTable, type Bench, type BenchRow } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort();
const rows: BenchRow[] = [];
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  if (only.length > 0 && !only.includes(name)) continue;
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Bench };
  process.stderr.write(`bench: ${mod.default.name} ...\n`);
  try {
    rows.push(...(await mod.default.run()));
  } catch (error) {
    rows.push({ area: name, metric: 'FAILED', envdiff: Number.NaN, unit: 'ms', note: (error as Error).message });
    process.exitCode = 1;
  }
}
console.log(formatTable(rows));
for (const r of rows.filter((row) => row.note)) console.log(`- ${r.area} / ${r.metric}: ${r.note}`);
await writeFile(join(here, 'results.json'), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2) + '\n');
