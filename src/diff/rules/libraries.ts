/**
 * libraries: soname -> paths[]. When the same soname is found under other
 * directories (/usr/lib -> /usr/lib64) it is `moved`, not removed + added: the
 * library still exists, but loaders and ldd checks that search the old place fail.
 * `ld.so.conf` (directories) and other lists diff as sets.
 */
import type { FacetValue } from '../../fingerprint/types.js';
import { isStringArray, setDifference } from '../values.js';
import { genericRule } from './generic.js';
import type { RuleFinding } from './types.js';

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function librariesRule(key: string, a: FacetValue, b: FacetValue): RuleFinding {
  if (key.includes('.so') && isStringArray(a) && isStringArray(b) && a.length > 0 && b.length > 0 && a.some((p) => p.includes('/'))) {
    const dirsA = [...new Set(a.map(dirName))];
    const dirsB = [...new Set(b.map(dirName))];
    const { onlyA, onlyB } = setDifference(dirsA, dirsB);
    const namesA = new Set(a.map(baseName));
    const sameFiles = b.every((p) => namesA.has(baseName(p)));
    if (onlyA.length > 0 && onlyB.length > 0 && sameFiles) return { kind: 'moved', detail: { onlyA, onlyB } };
  }
  return genericRule(key, a, b);
}
