/**
 * Differences that follow from another one in the same scope: a libc version
 * compared across C libraries ("2.36 -> 1.2.5" when glibc became musl) is not a
 * downgrade, it is the family change seen again; a kernel's build banner
 * changes whenever its release does. The consequence is kept (it is a real
 * difference) but never ranked above its cause. Pure.
 */
import type { Difference } from '../diff/types.js';
import { canonicalArch } from './tokens.js';

interface Consequence {
  facet: string;
  key: string | RegExp;
  /** The fact it follows from, in the same scope (its facet when it is another one). */
  cause: { facet?: string; key: string };
  /** Only break ties: the two ship together, but a log may implicate this one alone. */
  tieOnly?: boolean;
  /** Not when the log names this very value ("Maximum supported API version is 1.39"): then it speaks for itself. */
  unlessNamed?: boolean;
  /** Only when the cause's difference is of this shape (TZ set on B, not taken away), given the consequence's. */
  causeHolds?: (cause: Difference, consequence: Difference) => boolean;
  /** The reason shown, when "follows from" is not what happened. */
  why?: string;
}

const CONSEQUENCES: readonly Consequence[] = [
  { facet: 'libc', key: 'version', cause: { key: 'family' } },
  { facet: 'os', key: 'version_id', cause: { key: 'id' } },
  { facet: 'os', key: 'version', cause: { key: 'id' } },
  { facet: 'os', key: 'pretty_name', cause: { key: 'id' } },
  { facet: 'os', key: 'pretty_name', cause: { key: 'version_id' } },
  { facet: 'kernel', key: 'version', cause: { key: 'release' } },
  // The CPU's architecture is what the kernel reports as its machine.
  { facet: 'cpu', key: 'arch', cause: { facet: 'kernel', key: 'machine' } },
  // Docker on a cgroup v2 host uses the systemd driver: the driver follows the version.
  { facet: 'docker', key: 'cgroup_driver', cause: { key: 'cgroup_version' } },
  // The daemon's API version is the one its release speaks: the release is what changed.
  { facet: 'docker', key: 'api_version', cause: { key: 'server_version' }, unlessNamed: true },
  // cargo ships with rustc: when a log implicates both alike, the compiler is the one that changed behaviour.
  { facet: 'toolchains', key: 'cargo', cause: { key: 'rustc' }, tieOnly: true },
  // A qemu handler for A's own architecture, on B only: B emulates A's binaries because its machine is another one.
  {
    facet: 'binfmt',
    key: /^qemu-/,
    cause: { facet: 'kernel', key: 'machine' },
    causeHolds: (machine, handler) => machine.a !== machine.b && emulatesMachine(handler.key, machine.a),
    why: "B emulates binaries of A's architecture because its own machine is another one",
  },
  // Programs read TZ before /etc/localtime: with TZ set on B, the system zone is not the one they see.
  {
    facet: 'time',
    key: 'timezone',
    cause: { facet: 'env', key: 'TZ' },
    causeHolds: (tz) => tz.kind !== 'removed',
    why: "B's TZ variable overrides the system time zone",
  },
];

/** The facet and key of the difference this one follows from, when that one differs too (`present`). */
export function causeOf(
  d: Difference,
  find: (scope: string, facet: string, key: string) => Difference | undefined,
): { facet: string; key: string; tieOnly: boolean; unlessNamed: boolean; why: string } | undefined {
  for (const c of CONSEQUENCES) {
    if (c.facet !== d.facet || (typeof c.key === 'string' ? c.key !== d.key : !c.key.test(d.key))) continue;
    const facet = c.cause.facet ?? d.facet;
    const found = find(d.scope, facet, c.cause.key);
    if (found === undefined || (c.causeHolds && !c.causeHolds(found, d))) continue;
    return {
      facet,
      key: c.cause.key,
      tieOnly: c.tieOnly === true,
      unlessNamed: c.unlessNamed === true,
      why: c.why ?? `follows from the ${facet}.${c.cause.key} change`,
    };
  }
  return undefined;
}

/** "qemu-x86_64" emulates x86_64 (amd64) machines: binfmt handlers carry the canonical architecture's name. */
function emulatesMachine(handler: string, machine: Difference['a']): boolean {
  return typeof machine === 'string' && canonicalArch(machine) === handler.replace(/^qemu-/, '').toLowerCase();
}
