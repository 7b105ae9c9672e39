/**
 * issue 14 point 3: one image captured by running the probes and by reading its
 * files (the shell-less path, forced by deriving an image without /bin/sh) gives
 * the same facts, or says what the files could not tell. Real engine, built CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUSYBOX, DEBIAN, engineOrSkip, ensureTestImages } from '../container/engine.js';

const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'envdiff-files-exec-'));
const derived: string[] = [];

function envdiff(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The image without its shell: every capture of it goes through the files. */
function withoutShell(image: string): string {
  const tag = `envdiff-test-derived/${image.replace(/[/:]/g, '-')}-noshell:${process.pid}`;
  const build = spawnSync('docker', ['build', '-q', '-t', tag, '-'], {
    input: `FROM ${image}\nRUN ["/bin/rm", "-f", "/bin/sh", "/usr/bin/sh"]\n`,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (build.status !== 0) throw new Error(`docker build of ${tag} failed: ${build.stderr}`);
  derived.push(tag);
  return tag;
}

afterAll(() => {
  if (derived.length > 0) spawnSync('docker', ['rmi', '-f', ...derived]);
  rmSync(dir, { recursive: true, force: true });
});

describe('file-read and exec captures agree', () => {
  it.each([DEBIAN, BUSYBOX])(
    '%s',
    async (image) => {
      if (!(await engineOrSkip())) return;
      await ensureTestImages();
      const files = withoutShell(image);
      expect(envdiff(['capture', '--no-host', '--image', image, '-o', 'exec.json', '--force']).code).toBe(0);
      const captured = envdiff(['capture', '--no-host', '--image', files, '-o', 'files.json', '--force']);
      expect(captured.code).toBe(0);
      expect(captured.stderr).toMatch(/no \/bin\/sh in the image/);
      // The derived image is another image: its own images entry differs, nothing else may.
      const r = envdiff(['compare', 'exec.json', 'files.json', '--format', 'json', '--ignore', 'images']);
      const doc = JSON.parse(r.stdout) as {
        differences: Array<{ facet: string; key: string; summary: string }>;
        notCompared: Array<{ facet: string; b: string; reason?: string }>;
      };
      expect(doc.differences.map((d) => `${d.facet}.${d.key}: ${d.summary}`)).toEqual([]);
      expect(r.code).toBe(0);
      // what the files could not tell is said, per facet
      for (const n of doc.notCompared) expect(n.reason ?? n.b).toBeTruthy();
    },
    240_000,
  );
});
