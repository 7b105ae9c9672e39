/**
 * The annotations of a run being recorded: flags first, then what the CI system
 * says, then defaults (job `local`, a time-ordered run id, the host name as runner).
 */
import { randomBytes } from 'node:crypto';
import type { Fingerprint } from '../fingerprint/types.js';
import { VERSION } from '../version.js';
import type { RunMeta, RunStatus } from './artifact.js';
import { detectCi } from './ci-context.js';

export interface RunFlags {
  job?: string;
  run?: string;
  status?: RunStatus;
}

export function buildRunMeta(
  fingerprint: Fingerprint,
  flags: RunFlags,
  env: Record<string, string | undefined>,
  now = new Date(),
): RunMeta {
  const ci = detectCi(env);
  const created = now.toISOString();
  const run = flags.run ?? ci?.run ?? `${created.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
  return {
    job: flags.job ?? ci?.job ?? 'local',
    run,
    status: flags.status ?? 'unknown',
    created,
    version: VERSION,
    ...(ci?.commit ? { commit: ci.commit } : {}),
    ...(ci?.branch ? { branch: ci.branch } : {}),
    runner: ci?.runner ?? fingerprint.label ?? fingerprint.hostname,
    ...(ci?.runnerImage ? { runnerImage: ci.runnerImage } : {}),
    ...(ci ? { ci: ci.ci } : {}),
  };
}
