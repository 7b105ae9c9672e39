import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const RAW_DIR = fileURLToPath(new URL('../fixtures/raw/', import.meta.url));

export function raw(facet: string, name: string): string {
  return readFileSync(`${RAW_DIR}${facet}/${name}.txt`, 'utf8');
}

export function cases(facet: string): string[] {
  return readdirSync(`${RAW_DIR}${facet}`)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4));
}
