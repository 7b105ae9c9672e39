/**
 * The real Docker engine for the container tests. With CI=true a missing engine
 * fails the test file loudly (top-level throw); elsewhere the tests are skipped.
 * The test images are built by scripts/ci/build-test-images.sh when missing.
 */
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { connectEngine, type Engine } from '../../src/capture/engine.js';
import { CONTAINER_LABEL, CONTAINER_PID_LABEL } from '../../src/capture/container.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEBIAN = 'envdiff-test/debian:bookworm';
export const BUSYBOX = 'envdiff-test/busybox:latest';
export const SHELLLESS = 'envdiff-test/shellless:latest';

/** A connected client, or null (skip) when no engine answers outside CI. */
export async function engineOrSkip(): Promise<Engine | null> {
  try {
    return await connectEngine(process.env);
  } catch (error) {
    if (process.env['CI'] === 'true') {
      throw new Error(`CI=true but no Docker engine answers, so the container tests cannot run: ${(error as Error).message}`);
    }
    return null;
  }
}

/** Build the test images if any is missing (debootstrap on a fresh machine: minutes). */
export async function ensureTestImages(): Promise<void> {
  const present = await execa('docker', ['image', 'inspect', DEBIAN, BUSYBOX, SHELLLESS], { reject: false });
  if (present.exitCode === 0) return;
  await execa('sh', [`${ROOT}scripts/ci/build-test-images.sh`], { stdio: 'inherit', timeout: 900_000 });
}

/**
 * Containers carrying envdiff's label, any state, as the docker CLI sees them:
 * `docker ps -a --filter label=dev.envdiff.capture`, narrowed to those created by
 * the given processes (this test process by default) so that someone else's capture
 * on a shared engine cannot fail or fool these tests.
 */
export async function envdiffContainers(pids: number[] = [process.pid]): Promise<string[]> {
  const lines: string[] = [];
  for (const pid of pids) {
    const { stdout } = await execa('docker', [
      'ps',
      '-a',
      '--filter',
      `label=${CONTAINER_LABEL}`,
      '--filter',
      `label=${CONTAINER_PID_LABEL}=${pid}`,
      '--format',
      '{{.ID}} {{.Names}} {{.Status}}',
    ]);
    lines.push(...stdout.split('\n').filter(Boolean));
  }
  return lines;
}
