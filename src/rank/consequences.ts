/**
 * Differences that follow from another one in the same scope: a libc version
 * compared across C libraries ("2.36 -> 1.2.5" when glibc became musl) is not a
 * downgrade, it is the family change seen again; a kernel's build banner
 * changes whenever its release does. The consequence is kept (it is a real
 * difference) but never ranked above its cause. Pure.
 */
import type { Difference } from '../diff/types.js';
import { canonicalArch } from './tokens.js';
import { commandProgram } from './value-words.js';

interface Consequence {
  facet: string;
  key: string | RegExp;
  /** The fact it follows from, in the same scope (its facet when it is another one), or how to name it from this one. */
  cause: { facet?: string; key: string | ((d: Difference) => string | undefined) };
  /** Only break ties: the two ship together, but a log may implicate this one alone. */
  tieOnly?: boolean;
  /** Not when the log names this very value ("Maximum supported API version is 1.39"): then it speaks for itself. */
  unlessNamed?: boolean;
  /** Not when the log implicates this difference at all: a part the error points at is more than its whole. */
  unlessImplicated?: boolean;
  /** The cause takes this one's score when it is higher: what made the part likely makes its whole as likely. */
  liftsCause?: boolean;
  /** Only when the cause's difference is of this shape (TZ set on B, not taken away), given the consequence's. */
  causeHolds?: (cause: Difference, consequence: Difference) => boolean;
  /** The reason shown, when "follows from" is not what happened. */
  why?: string;
}

/** Variables that name where a tool's release is installed, and how their value names the release. */
const INSTALL_VARIABLES: ReadonlyArray<[string[], RegExp, (value: Difference, tool: Difference) => boolean]> = [
  [
    ['python3', 'python'],
    /^(?:CONDA_DEFAULT_ENV|CONDA_PREFIX|VIRTUAL_ENV|PYENV_VERSION|pythonLocation|Python_ROOT_DIR|Python3_ROOT_DIR)$/,
    namesVersions,
  ],
  [['java', 'javac'], /^(?:JAVA_HOME|JDK_HOME|JRE_HOME|JAVA_HOME_\w+)$/, namesFeatureRelease],
  [['go'], /^(?:GOROOT|GOLANG_VERSION)$/, namesVersions],
  [['node'], /^(?:NVM_BIN|NVM_INC|NODE_HOME|NODE_VERSION)$/, namesVersions],
];

const CONSEQUENCES: readonly Consequence[] = [
  { facet: 'libc', key: 'version', cause: { key: 'family' } },
  // A distribution's C library comes with its release: unless the log points at the C library itself, the release
  // is what changed (and what changed the rest with it).
  {
    facet: 'libc',
    key: 'version',
    cause: { facet: 'os', key: 'version_id' },
    unlessImplicated: true,
    why: 'ships with the OS release, which changed too',
  },
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
  // A captured command that reports a tool's own build ("node -p process.versions.uv", "gcc -dumpmachine") changes
  // with the tool: the tool's version is what changed.
  {
    facet: 'custom',
    key: /^[\w.+-]+\s.*(?:version|-dump|--print-)/i,
    cause: { facet: 'toolchains', key: (d) => commandProgram(d.key) },
    // Not when it prints the tool's version itself ("helm version --short" -> v3.12.0): that is the same fact twice.
    causeHolds: (tool, command) => !printsVersion(command.b, tool.b),
    unlessImplicated: true,
    liftsCause: true,
    why: 'a part of the tool whose version changed',
  },
  // A package source that resolves to nothing on B, where B lists no name server at all: nothing resolves there,
  // this host included. The resolver setup is what changed.
  {
    facet: 'mirrors',
    key: /./,
    cause: { facet: 'dns', key: 'nameservers' },
    causeHolds: (servers, mirror) => noneListed(servers.b) && resolvesToNothing(mirror.b),
    why: 'B lists no name server: no host resolves there, this one included',
  },
  // A virtual environment named after its interpreter (conda's "py3.8-dev", a venv's ".venv310"), a JDK's home
  // named after its feature release ("jdk_17_latest", "java-21-openjdk-amd64"), a Go or Node install under its
  // version: the variable changes with the tool.
  ...INSTALL_VARIABLES.flatMap(([tools, key, names]) =>
    tools.map((tool) => ({
      facet: 'env',
      key,
      cause: { facet: 'toolchains', key: tool },
      causeHolds: (installed: Difference, env: Difference) => names(env, installed),
      liftsCause: true,
      why: `names the ${tool} release, which changed`,
    })),
  ),
  // Ubuntu serves amd64 and i386 from its archive and arm64, armhf, ppc64el and s390x from its ports archive: a
  // source that only one side lists came with that side's machine.
  {
    facet: 'mirrors',
    key: /[/.-]ports\b|\/ubuntu\b/,
    cause: { facet: 'kernel', key: 'machine' },
    causeHolds: (machine, mirror) => mirror.kind !== 'changed' && isX86(machine.a) !== isX86(machine.b),
    liftsCause: true,
    why: "Ubuntu serves each machine's architecture from its own archive (ports for ARM): the source came with the machine",
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

/**
 * The value differs only in a JDK's feature release, A's and B's the tool's own: "…/jdk_17_latest" -> "…/jdk_21_latest"
 * for Java 17.0.9 -> 21.0.1. Java 8 is also "1.8": "java-1.8.0-openjdk" names 8.
 */
function namesFeatureRelease(value: Difference, tool: Difference): boolean {
  const [a, b, ta, tb] = [value.a, value.b, tool.a, tool.b];
  if (typeof a !== 'string' || typeof b !== 'string' || typeof ta !== 'string' || typeof tb !== 'string') return false;
  const feature = (v: string) => /^(?:1\.)?(\d+)/.exec(v)?.[1];
  const [fa, fb] = [feature(ta), feature(tb)];
  if (!fa || !fb || fa === fb) return false;
  // The release stands alone in the path ("jdk_17_latest", "temurin-21-jdk"), not inside another number.
  const alone = (v: string, n: string) => new RegExp(`(?<![\\d.])(?:1\\.)?${n}(?![\\d])`).exec(v);
  const [ma, mb] = [alone(a, fa), alone(b, fb)];
  return ma !== null && mb !== null && a.slice(0, ma.index) === b.slice(0, mb.index);
}

/**
 * The value differs only in a version, A's and B's the tool's own (major.minor, with or without the dot):
 * "/opt/conda/envs/py3.7-dev" -> "…/py3.8-dev" for Python 3.7.6 -> 3.8.2.
 */
function namesVersions(value: Difference, tool: Difference): boolean {
  const [a, b, ta, tb] = [value.a, value.b, tool.a, tool.b];
  if (typeof a !== 'string' || typeof b !== 'string' || typeof ta !== 'string' || typeof tb !== 'string') return false;
  const release = (v: string) => /^(\d+)\.(\d+)/.exec(v);
  const [ra, rb] = [release(ta), release(tb)];
  if (!ra || !rb) return false;
  // "3.8" and "38" (.venv38, cp38): the same release, written with or without its dot.
  for (const dot of ['.', '']) {
    const [x, y] = [`${ra[1]}${dot}${ra[2]}`, `${rb[1]}${dot}${rb[2]}`];
    if (a.includes(x) && b.includes(y) && a.split(x).join('\0') === b.split(y).join('\0')) return true;
  }
  return false;
}

function noneListed(servers: Difference['b']): boolean {
  return servers === undefined || servers === null || (Array.isArray(servers) && servers.length === 0);
}

/** A package source whose addresses B resolved to none. */
function resolvesToNothing(source: Difference['b']): boolean {
  if (typeof source !== 'object' || source === null || Array.isArray(source)) return false;
  const addresses = (source as Record<string, unknown>)['addresses'];
  return Array.isArray(addresses) && addresses.length === 0;
}

/** A command's output that shows the tool's version string ("v1.27.3+k3s1" shows 1.27.3). */
function printsVersion(output: Difference['b'], version: Difference['b']): boolean {
  if (typeof output !== 'string' || typeof version !== 'string' || version === '') return false;
  return output.includes(version.replace(/^v/, ''));
}

/** The facet and key of the difference this one follows from, when that one differs too (`present`). */
export function causeOf(
  d: Difference,
  find: (scope: string, facet: string, key: string) => Difference | undefined,
):
  | { facet: string; key: string; tieOnly: boolean; unlessNamed: boolean; unlessImplicated: boolean; liftsCause: boolean; why: string }
  | undefined {
  for (const c of CONSEQUENCES) {
    if (c.facet !== d.facet || (typeof c.key === 'string' ? c.key !== d.key : !c.key.test(d.key))) continue;
    const facet = c.cause.facet ?? d.facet;
    const key = typeof c.cause.key === 'string' ? c.cause.key : c.cause.key(d);
    const found = key === undefined ? undefined : find(d.scope, facet, key);
    if (key === undefined || found === undefined || (c.causeHolds && !c.causeHolds(found, d))) continue;
    return {
      facet,
      key,
      tieOnly: c.tieOnly === true,
      unlessNamed: c.unlessNamed === true,
      unlessImplicated: c.unlessImplicated === true,
      liftsCause: c.liftsCause === true,
      why: c.why ?? `follows from the ${facet}.${key} change`,
    };
  }
  return undefined;
}

/** An x86 machine (x86_64, amd64, i686): the architectures Ubuntu's main archive serves. */
function isX86(machine: Difference['a']): boolean {
  const arch = typeof machine === 'string' ? canonicalArch(machine) : undefined;
  return arch === 'x86_64' || arch === 'i386';
}

/** "qemu-x86_64" emulates x86_64 (amd64) machines: binfmt handlers carry the canonical architecture's name. */
function emulatesMachine(handler: string, machine: Difference['a']): boolean {
  return typeof machine === 'string' && canonicalArch(machine) === handler.replace(/^qemu-/, '').toLowerCase();
}
