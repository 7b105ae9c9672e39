/**
 * The probe bundle: every selected probe (probes/*.sh, plus user-defined custom
 * probes) combined into ONE POSIX sh script, so a capture costs one process on the
 * host and one `exec` in a container, and the same scripts run unchanged in both.
 *
 * Protocol
 * - Probes run concurrently, each in a background subshell with its stdout/stderr
 *   in a temp dir, under a watchdog that kills the probe's whole process tree when
 *   its budget runs out (walking /proc, because `set -m` job control is not
 *   reliable without a tty and busybox `timeout` does not kill grandchildren).
 * - A probe reports "unavailable" by printing the reason on stderr and exiting 69
 *   (EX_UNAVAILABLE); any other non-zero exit is an error.
 * - After all probes end, sections are printed in order, framed by marker lines
 *   carrying a per-run nonce so captured text cannot forge a section boundary.
 * - Each probe's stdout and stderr pass through `head -c` (cat where there is no
 *   head): a flood is cut at the cap (the probe dies of SIGPIPE), so one probe can
 *   neither fill the temp dir nor starve the others. The caller sees a section of
 *   cap + 1 bytes and marks the facet `output over N MB`.
 * - The temp dir is the runner's (shell variable ENVDIFF_TMPDIR set before the
 *   script, removed by the runner whatever happens) when it gives one, else mktemp's.
 */

import { PROBE_OUTPUT_BYTES, PROBE_STDERR_BYTES } from './limits.js';

export const EXIT_UNAVAILABLE = 69;

export interface ProbeSpec {
  /** Section id: [A-Za-z0-9_.-]+, e.g. `os`, `custom.1`. */
  id: string;
  /** POSIX sh source, run as the body of a subshell. */
  body: string;
  budgetMs: number;
}

export interface RawSection {
  id: string;
  stdout: string;
  stderr: string;
  /** null when the probe was killed at its budget. */
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
}

const ID = /^[A-Za-z0-9_.-]+$/;

/** Single-quote a value for sh. */
export function shQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

export interface BundleOptions {
  nonce: string;
  vars?: Record<string, string>;
  prelude?: string;
  /** Most stdout bytes one probe keeps (the section then holds one more, to say so). */
  maxStdoutBytes?: number;
  /** Most stderr bytes one probe keeps. */
  maxStderrBytes?: number;
}

export function buildBundle(probes: ProbeSpec[], options: BundleOptions): string {
  const { nonce } = options;
  const outCap = Math.floor(options.maxStdoutBytes ?? PROBE_OUTPUT_BYTES) + 1;
  const errCap = Math.floor(options.maxStderrBytes ?? PROBE_STDERR_BYTES) + 1;
  if (!/^[A-Za-z0-9]+$/.test(nonce)) throw new Error(`bad bundle nonce: ${nonce}`);
  const lines: string[] = [
    '# envdiff probe bundle (generated)',
    // Keep the runner's umask for the security probe before tightening ours.
    'envdiff_umask=$(umask)',
    'umask 077',
    // The temp dir holds probe outputs; fall back to a dir under /tmp or the cwd for
    // minimal images without mktemp.
    'if [ -n "${ENVDIFF_TMPDIR-}" ]; then T=$ENVDIFF_TMPDIR; unset ENVDIFF_TMPDIR; else',
    '  T=$(mktemp -d 2>/dev/null) || { T=/tmp/envdiff.$$; mkdir -p "$T" 2>/dev/null || { T=./.envdiff.$$; mkdir -p "$T"; }; }',
    'fi',
    // At most N bytes through; without head (or its -c), everything (cat).
    'envdiff_cap() { head -c "$1" 2>/dev/null || cat; }',
    // Centiseconds since boot: portable sub-second clock (busybox date has no %N).
    'envdiff_now() { read -r envdiff_up envdiff_rest < /proc/uptime 2>/dev/null || { echo 0; return; }; echo "${envdiff_up%.*}${envdiff_up#*.}"; }',
    // Direct children of a pid, from /proc/*/stat (field after the comm's closing paren).
    'envdiff_children() { for envdiff_s in /proc/[0-9]*/stat; do read -r envdiff_l 2>/dev/null < "$envdiff_s" || continue; envdiff_l=${envdiff_l##*) }; set -- $envdiff_l; [ "$2" = "$envdiff_target" ] && { envdiff_p=${envdiff_s#/proc/}; echo "${envdiff_p%/stat}"; }; done; }',
    // Kill the parent before its children, so a dying subshell cannot run its next
    // command (e.g. the watchdog writing its timeout flag) in between.
    'envdiff_killtree() { envdiff_target=$1; envdiff_kids=$(envdiff_children); kill -KILL "$1" 2>/dev/null; for envdiff_c in $envdiff_kids; do envdiff_killtree "$envdiff_c"; done; }',
  ];
  for (const [name, value] of Object.entries(options.vars ?? {})) {
    if (!/^[A-Z_][A-Z0-9_]*$/.test(name)) throw new Error(`bad bundle variable name: ${name}`);
    lines.push(`${name}=${shQuote(value)}; export ${name}`);
  }
  // Shell functions every probe uses (probes/lib.sh), defined once: the probes'
  // subshells inherit them.
  if (options.prelude) lines.push(options.prelude);
  for (const probe of probes) {
    if (!ID.test(probe.id)) throw new Error(`bad probe id: ${probe.id}`);
    const budgetS = Math.max(1, Math.ceil(probe.budgetMs / 1000));
    const f = `"$T/${probe.id}`;
    lines.push(
      `( envdiff_start=$(envdiff_now)`,
      // stdout and stderr each through their cap; the probe's own exit status in .rc.
      `  ( { { ( `,
      probe.body,
      `  ); echo $? > ${f}.rc"; } 2>&1 1>&3 3>&- | envdiff_cap ${errCap} > ${f}.err"; } 3>&1 | envdiff_cap ${outCap} > ${f}.out" ) </dev/null &`,
      `  envdiff_pid=$!`,
      // The watchdog sleeps in a child it can kill on TERM, so a probe that ends in
      // time costs one `kill`, not a /proc walk (which is slow with many probes).
      `  ( trap 'kill "$envdiff_sl" 2>/dev/null; exit 0' TERM; sleep ${budgetS} & envdiff_sl=$!; wait "$envdiff_sl" || exit 0; : > ${f}.timeout"; envdiff_killtree "$envdiff_pid" ) >/dev/null 2>&1 </dev/null &`,
      `  envdiff_wd=$!`,
      `  wait "$envdiff_pid"; envdiff_rc=; [ -s ${f}.rc" ] && read -r envdiff_rc < ${f}.rc"`,
      // A watchdog that fired is still killing the probe's tree: let it finish.
      `  if [ -e ${f}.timeout" ]; then wait "$envdiff_wd"; else kill "$envdiff_wd" 2>/dev/null; wait "$envdiff_wd"; fi`,
      `  envdiff_ms=$(( $(envdiff_now) - envdiff_start ))`,
      `  [ -e ${f}.timeout" ] && envdiff_to=1 || envdiff_to=0`,
      // Each probe writes its section's frame as it ends; the bundle then prints every
      // frame and output with one `cat` (no copy of the output, no serial tail of
      // dozens of processes).
      `  { echo "@@${nonce}:begin ${probe.id}"; } > ${f}.b"`,
      `  { echo; echo "@@${nonce}:stderr ${probe.id}"; } > ${f}.m"`,
      `  { echo; echo "@@${nonce}:end ${probe.id} \${envdiff_rc:--} $envdiff_ms $envdiff_to"; } > ${f}.e"`,
      `) &`,
    );
  }
  lines.push('wait');
  lines.push(`cat ${probes.map((p) => ['b', 'out', 'm', 'err', 'e'].map((x) => `"$T/${p.id}.${x}"`).join(' ')).join(' ')} 2>/dev/null`);
  lines.push('rm -rf "$T"', 'exit 0');
  return lines.join('\n') + '\n';
}

/**
 * Split bundle output into sections. Sections missing from the output (the whole
 * bundle was cut) are simply absent; callers mark those probes `timeout`/`error`.
 */
export function parseBundleOutput(stdout: string, nonce: string): Map<string, RawSection> {
  const sections = new Map<string, RawSection>();
  const begin = `@@${nonce}:begin `;
  let pos = 0;
  for (;;) {
    const b = stdout.indexOf(begin, pos);
    if (b === -1) break;
    const idEnd = stdout.indexOf('\n', b);
    if (idEnd === -1) break;
    const id = stdout.slice(b + begin.length, idEnd);
    const errMarker = `\n@@${nonce}:stderr ${id}\n`;
    const e = stdout.indexOf(errMarker, idEnd);
    if (e === -1) break;
    const endMarker = `\n@@${nonce}:end ${id} `;
    const x = stdout.indexOf(endMarker, e + errMarker.length - 1);
    if (x === -1) break;
    const lineEnd = stdout.indexOf('\n', x + endMarker.length);
    const trailer = stdout
      .slice(x + endMarker.length, lineEnd === -1 ? undefined : lineEnd)
      .trim()
      .split(/\s+/);
    const [rcText = '-', csText = '0', timeoutFlag = '0'] = trailer;
    const timedOut = timeoutFlag === '1';
    const rc = Number.parseInt(rcText, 10);
    sections.set(id, {
      id,
      stdout: stdout.slice(idEnd + 1, e),
      stderr: stdout.slice(e + errMarker.length, x),
      exitCode: timedOut || Number.isNaN(rc) ? null : rc,
      timedOut,
      durationMs: (Number.parseInt(csText, 10) || 0) * 10,
    });
    pos = lineEnd === -1 ? stdout.length : lineEnd;
  }
  return sections;
}
