import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed package's root (the folder with package.json, probes/ and schema/).
 * Found by walking up from this module, because the module sits at different depths
 * in the sources (src/), the compiled tree (build/) and the bundle (dist/).
 */
export const PACKAGE_ROOT: string = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'probes'))) return dir;
    if (dirname(dir) === dir) throw new Error(`envdiff is installed incompletely: no package.json with probes/ above ${start}`);
  }
}
