/**
 * What `npm publish` would ship: the CLI bundle, the probes and the published
 * schema — not the evaluation harness, tests, sources, snapshots or cases.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm package contents', () => {
  it('ships what users run and nothing else', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as Array<{
      files: Array<{ path: string }>;
    }>;
    const files = pack!.files.map((f) => f.path);
    expect(files).toContain('dist/bin.js');
    expect(files).toContain('schema/fingerprint.schema.json');
    expect(files).toContain('probes/lib.sh');
    expect(files.filter((f) => f.startsWith('probes/')).every((f) => f.endsWith('.sh'))).toBe(true);
    const unexpected = files.filter(
      (f) => !/^(dist\/(bin\.js|chunks\/)|probes\/|schema\/fingerprint\.schema\.json$|README\.md$|package\.json$|LICENSE)/.test(f),
    );
    expect(unexpected).toEqual([]);
  });
});
