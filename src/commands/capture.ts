/**
 * `envdiff capture`: options + config file -> capture service -> fingerprint file
 * (atomic, never clobbering without --force) or stdout, and a one-line summary
 * on stderr.
 */
import { access, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Fingerprint, ProbeRecord } from '../fingerprint/types.js';
import { loadConfig } from '../config/config.js';
import type { CommandIO } from '../command-io.js';
import type { CaptureOptions } from './options.js';

/** Budget of each probe when neither --timeout nor the config file sets one. */
export const DEFAULT_PROBE_TIMEOUT_MS = 10_000;

export async function runCapture(options: CaptureOptions, io: CommandIO): Promise<number> {
  const config = await loadConfig(io.cwd, options.config);
  const only = options.only ?? config.only;
  const skip = options.skip ?? config.skip;
  const cliProbes = options.probes ?? {};
  const { probeSelection } = await import('../capture/probes.js');
  const fromConfig = (key: string) => `"${key}" of config ${config.file}`;
  const selection = probeSelection({
    only,
    skip,
    probes: { ...config.probes, ...cliProbes },
    ...(options.only === undefined && config.only ? { onlyFrom: fromConfig('only') } : {}),
    ...(options.skip === undefined && config.skip ? { skipFrom: fromConfig('skip') } : {}),
  });
  if (Object.keys(cliProbes).length > 0 && !selection.facets.has('custom')) {
    throw new UsageError('--probe was given but the custom facet is not selected; add custom to --only or drop it from --skip');
  }
  if (!options.host && options.images.length === 0 && options.containers.length === 0) {
    throw new UsageError('--no-host needs at least one --image or --container to fingerprint');
  }

  const root = options.root === undefined ? undefined : await checkRoot(resolve(io.cwd, options.root));

  const toStdout = options.output === '-';
  const output = toStdout ? undefined : resolve(io.cwd, options.output ?? `${hostname()}.envdiff.json`);
  // Fail before the capture, not after it: the output must be new (or --force) and writable.
  if (output) await checkOutput(output, options.force);

  const started = Date.now();
  const { captureFingerprint } = await import('../capture/capture.js');
  // The writer (and the schema validator it comes with) loads while the probes run.
  const writer = import('../fingerprint/io.js');
  const { startProgress } = await import('../ui/progress.js');
  const stopProgress = startProgress(io.stderr, 'capturing');
  const fingerprint = await captureFingerprint({
    selection,
    timeoutMs: options.timeoutMs ?? config.timeout ?? DEFAULT_PROBE_TIMEOUT_MS,
    ...(options.label !== undefined ? { label: options.label } : {}),
    host: options.host,
    images: options.images,
    containers: options.containers,
    pull: options.pull,
    env: io.env,
    cwd: io.cwd,
    ...(root ? { root } : {}),
  }).finally(stopProgress);
  const { serializeFingerprint, writeFileAtomic } = await writer;
  const text = serializeFingerprint(
    options.anonymize ? await (await import('../anonymize/index.js')).anonymizeCapture(fingerprint, { env: io.env }) : fingerprint,
  );
  if (!output) {
    await new Promise<void>((done, fail) => io.stdout.write(text, (error) => (error ? fail(error) : done())));
    return 0;
  }
  await writeFileAtomic(output, text, { force: options.force });
  io.stderr.write(`${summaryLine(fingerprint, Date.now() - started, options.output ?? relative(io.cwd, output))}\n`);
  return 0;
}

/** --root must be a root filesystem the probes can run in: a directory with a shell. */
async function checkRoot(root: string): Promise<string> {
  const info = await stat(root).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error)
    throw new UsageError(`--root ${root}: ${info.code === 'ENOENT' ? 'no such directory' : (info.code ?? info.message)}`);
  if (!info.isDirectory()) throw new UsageError(`--root ${root} is not a directory; give the host's root filesystem as mounted here`);
  const { resolveInRoot } = await import('../capture/root-path.js');
  const shells = await Promise.all(['/bin/sh', '/usr/bin/sh'].map((sh) => resolveInRoot(root, sh)));
  if (shells.every((sh) => sh === undefined)) {
    throw new UsageError(`--root ${root} has no bin/sh or usr/bin/sh: is the host's root filesystem mounted there?`);
  }
  return root;
}

async function checkOutput(file: string, force: boolean): Promise<void> {
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`${file} is a directory; give -o a file name`);
  if (existing && !force)
    throw new UsageError(`${file} already exists; use --force to overwrite it or -o to choose another name`, 'output-exists');
  try {
    await access(dirname(file), constants.W_OK);
  } catch (error) {
    const { describeFsError } = await import('../fingerprint/io.js');
    throw new UsageError(`cannot write ${file}: ${describeFsError(error)}`);
  }
}

/**
 * One line: per scope, how many facets are ok and which are not, grouped by
 * status and reason ("image:x (7 ok; unavailable: kernel, cpu (no /bin/sh in the
 * image))").
 */
export function summaryLine(fingerprint: Fingerprint, elapsedMs: number, target: string): string {
  const scopes = Object.entries(fingerprint.scopes).map(([name, scope]) => {
    const records = Object.entries(scope.probes).filter((entry): entry is [string, ProbeRecord] => entry[1] !== undefined);
    const ok = records.filter(([, r]) => r.status === 'ok').length;
    const byStatus = new Map<string, Map<string, string[]>>();
    for (const [facet, r] of records) {
      // Facets left out by --only/--skip were asked for; they are not problems.
      if (r.status === 'ok' || r.status === 'skipped') continue;
      // The first clause of a reason is the cause; what follows repeats the facet's name.
      const reason = oneLine((r.reason ?? '').split(';')[0]!, 80);
      const reasons = byStatus.get(r.status) ?? new Map<string, string[]>();
      byStatus.set(r.status, reasons.set(reason, [...(reasons.get(reason) ?? []), facet]));
    }
    const problems = [...byStatus].map(
      ([status, reasons]) =>
        `${status}: ${[...reasons].map(([reason, facets]) => `${facets.join(', ')}${reason ? ` (${reason})` : ''}`).join(', ')}`,
    );
    return `${name} (${ok} facet${ok === 1 ? '' : 's'} ok${problems.length > 0 ? `; ${problems.join('; ')}` : ''})`;
  });
  return `envdiff: captured ${scopes.join(', ') || 'nothing'} in ${(elapsedMs / 1000).toFixed(1)} s -> ${target}`;
}

function oneLine(text: string, max: number): string {
  const clean = text.replace(/[\x00-\x1f\x7f-\x9f]+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
