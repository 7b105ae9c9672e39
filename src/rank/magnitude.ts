/**
 * How big a version change is: a major jump breaks more than a patch bump, and
 * crossing an ABI boundary (glibc, libstdc++, the Node ABI, a Python minor, a
 * JDK major, an OpenSSL major) breaks the most. Computed from the A and B values
 * themselves, so it works for any facet whose values are versions. Pure.
 */
import { isCommitId } from '../diff/package-version.js';
import type { Difference } from '../diff/types.js';
import type { FacetValue } from '../fingerprint/types.js';
import { CROSS_TRIPLE } from './tool-names.js';

export type Step = 'major' | 'minor' | 'patch' | 'build' | 'same';

export interface Magnitude {
  step: Step;
  /** The change crosses the boundary at which this software's binaries stop being compatible. */
  abi: boolean;
  /** This software's ABI boundary is known (ABI_COMPONENT), so `abi: false` means "within it". */
  boundaryKnown: boolean;
  /** Multiplier on the prior, around 1 for a minor step. */
  factor: number;
  /** "major 10 -> 11 (ABI boundary)", for reasons. */
  note?: string;
}

/** Java before 9 numbered its releases 1.x ("1.8.0_111" is Java 8): the x is the major. */
const JAVA_KEY = /^(?:java|javac|jdk|openjdk[\w-]*|temurin[\w-]*)$/;
const javaRelease = (parts: number[]): number[] => (parts[0] === 1 && (parts[1] ?? 0) >= 2 ? parts.slice(1) : parts);
/**
 * Where compatibility breaks, by key: which component of the version is the ABI.
 * 0 = major, 1 = minor. Tested against the key without an architecture suffix.
 */
const ABI_COMPONENT: Array<[RegExp, 0 | 1]> = [
  [/^(?:python[23]?|python\d\.\d+|cpython|libpython[\d.]*)$/, 1],
  [/^(?:libc6|libc-bin|glibc|libc6-dev|version)$/, 1], // libc.version: glibc 2.31 -> 2.35
  [/^(?:node|nodejs)$/, 0],
  [JAVA_KEY, 0],
  [/^(?:openssl|libssl\d*(?:\.\d+)?|libssl-dev|libcrypto\d*)$/, 0],
  // A cross GCC ("arm-none-eabi-gcc") is GCC, under its target triple.
  [new RegExp(`^(?:${CROSS_TRIPLE}-(?:gcc|g\\+\\+)|gcc|g\\+\\+|cc|c\\+\\+|libstdc\\+\\+\\d*|libgcc[\\w-]*|gfortran|cpp)$`), 0],
  [/^(?:ruby|php|dotnet|perl)$/, 1],
  [/^(?:go|golang|rustc|cargo)$/, 1],
];

/**
 * OpenSSL before 3.0 numbered its release series 1.0.2, 1.1.0, 1.1.1: the first number never moved, the second broke
 * the ABI (libssl.so.1.0.0 -> 1.1) and the third brought features (TLS 1.3 in 1.1.1), the letter fixes.
 */
const OPENSSL_PACKAGE = /^(?:openssl|libssl\d*(?:\.\d+)?|libssl-dev|libcrypto\d*|openssl-libs|openssl-devel)$/;

const FACTORS: Record<Step, number> = { major: 1.35, minor: 1, patch: 0.6, build: 0.45, same: 0.45 };
/**
 * Facets whose small steps break builds less often than a package's, as measured on the corpus (how often a
 * difference of that step was the cause when a case carried one). A kernel patch or build bump
 * (5.15.0-1020 -> 5.15.0-1023) comes with every runner image update: the cause in 12 of 303 cases; a kernel minor
 * step in 27 of 203. A tool's patch or build release: 32 of 687, against 204 of 938 minor steps.
 */
const FACET_FACTORS: Partial<Record<string, Partial<Record<Step, number>>>> = {
  kernel: { minor: 0.75, patch: 0.35, build: 0.35 },
  toolchains: { patch: 0.45, build: 0.45 },
};
const ABI_FACTOR = 1.6;

/** Linux majors so far (2.6 … 6.x, 7 next); Darwin's (macOS) start at 8, FreeBSD's at 10. */
const LINUX_MAJOR_MAX = 7;

/**
 * WSL1's kernel release ("4.4.0-19041-Microsoft": the Windows build after 4.4.0) is no Linux kernel but a
 * layer that translates Linux system calls; many (SysV message queues, some socket options, prctl calls)
 * are missing or partial. Moving onto it or off it is a change of kernel altogether, not a version step.
 */
const WSL1_KERNEL = /^\d+\.\d+\.\d+-\d+-Microsoft$/;

/** B's kernel is WSL1's translation layer and A's is not. */
export function movedOntoWsl1(d: Difference): boolean {
  return WSL1_KERNEL.test(versionOf(d.b)) && !WSL1_KERNEL.test(versionOf(d.a));
}

/** Facets whose values are versions of software (a kernel's version string is a build banner). */
const VERSIONED = new Set(['toolchains', 'packages', 'libc', 'docker', 'os', 'kernel', 'custom']);

export function magnitudeOf(d: Difference): Magnitude | undefined {
  if (d.kind === 'changed' && d.facet === 'env' && !d.detail?.volatile) return embeddedMagnitude(d.a, d.b);
  if (d.kind !== 'changed' || !VERSIONED.has(d.facet) || d.detail?.volatile) return undefined;
  if (d.facet === 'os' && d.key !== 'version_id') return undefined;
  if (d.facet === 'libc' && d.key !== 'version') return undefined;
  if (d.facet === 'kernel' && d.key !== 'release') return undefined;
  if (d.facet === 'kernel' && WSL1_KERNEL.test(versionOf(d.a)) !== WSL1_KERNEL.test(versionOf(d.b))) {
    const side = WSL1_KERNEL.test(versionOf(d.b)) ? 'B' : 'A';
    return {
      step: 'major',
      abi: true,
      boundaryKnown: true,
      factor: ABI_FACTOR,
      note: `${side} runs on WSL1, which translates Linux system calls and implements only part of them`,
    };
  }
  const a = numericParts(versionOf(d.a));
  const b = numericParts(versionOf(d.b));
  if (!a || !b) return undefined;
  // Linux 5.3 against Darwin 18.7 (a Mac) is another kernel altogether, not eleven major releases.
  if (d.facet === 'kernel' && a[0]! > LINUX_MAJOR_MAX !== b[0]! > LINUX_MAJOR_MAX) return undefined;
  const key = d.key.toLowerCase().replace(/:[a-z0-9]+$/, '');
  const libc = d.facet === 'libc' || GLIBC_PACKAGE.test(key);
  const legacy = OPENSSL_PACKAGE.test(key) && a[0]! <= 1 && b[0]! <= 1;
  // The numbers that count as releases: glibc's, OpenSSL 1.x's after the 1, Java's old 1.x after the 1.
  const release = libc ? released : legacy ? (p: number[]) => p.slice(1) : JAVA_KEY.test(key) ? javaRelease : (p: number[]) => p;
  const [ra, rb] = [release(a), release(b)];
  // Same numbers, other text ("3.0.2-0ubuntu1.10" -> "…1.12"): a packaging revision.
  const step = stepOf(ra, rb) === 'same' && versionOf(d.a) !== versionOf(d.b) ? 'build' : stepOf(ra, rb);
  const component = ABI_COMPONENT.find(([re]) => re.test(key))?.[1];
  // libc.version's key is "version": only the libc facet's.
  const abiKey = component !== undefined && (key !== 'version' || d.facet === 'libc');
  const abi = abiKey && (step === 'major' || (component === 1 && step === 'minor'));
  const factor = abi ? ABI_FACTOR : (FACET_FACTORS[d.facet]?.[step] ?? FACTORS[step]);
  const from = a.slice(0, 3).join('.');
  const to = b.slice(0, 3).join('.');
  const note = step === 'same' || step === 'build' ? undefined : `${step} ${from} -> ${to}${abi ? ' (ABI boundary)' : ''}`;
  const boundaryKnown = abiKey;
  return note ? { step, abi, boundaryKnown, factor, note } : { step, abi, boundaryKnown, factor };
}

/** The same upstream version on both sides ("3.0.2-0ubuntu1.10" -> "…1.12"): only the packaging changed. */
export function isRebuild(m: Magnitude | undefined): boolean {
  return m?.step === 'build' || m?.step === 'same';
}

/**
 * A variable that points at a versioned install ("/usr/lib/jvm/java-11-openjdk-amd64"
 * -> "java-8-…", "/opt/hostedtoolcache/Python/3.11.4/x64"): the step between the
 * versions inside two otherwise equal values. Nothing when the values differ elsewhere.
 */
function embeddedMagnitude(a: FacetValue | undefined, b: FacetValue | undefined): Magnitude | undefined {
  if (typeof a !== 'string' || typeof b !== 'string' || a.length > 400 || b.length > 400) return undefined;
  const skeleton = (s: string) => s.replace(/\d+(?:\.\d+)*/g, '#');
  if (skeleton(a) !== skeleton(b)) return undefined;
  const va = a.match(/\d+(?:\.\d+)*/g) ?? [];
  const vb = b.match(/\d+(?:\.\d+)*/g) ?? [];
  const at = va.findIndex((v, i) => v !== vb[i]);
  if (at < 0) return undefined;
  const step = stepOf(numericParts(va[at]!) ?? [], numericParts(vb[at]!) ?? []);
  if (step === 'same' || step === 'build') return undefined;
  return { step, abi: false, boundaryKnown: false, factor: FACTORS[step], note: `${step} ${va[at]} -> ${vb[at]}` };
}

function stepOf(a: number[], b: number[]): Step {
  const at = (xs: number[], i: number) => xs[i] ?? 0;
  const calendar = calendarStep(at(a, 0), at(b, 0));
  if (calendar) return calendar;
  if (at(a, 0) !== at(b, 0)) return 'major';
  // 0.x releases: the minor is the major.
  if (at(a, 1) !== at(b, 1)) return at(a, 0) === 0 ? 'major' : 'minor';
  if (at(a, 2) !== at(b, 2)) return 'patch';
  return a.length === b.length && a.every((x, i) => x === b[i]) ? 'same' : 'build';
}

/**
 * glibc numbers the development snapshots of 2.y+1 as 2.y.90 and up (Fedora's rawhide shipped 2.25.90,
 * which is 2.26 in the making): such a version is read as the release it leads to.
 */
const GLIBC_PACKAGE = /^(?:libc6|libc-bin|glibc|libc6-dev|glibc-common)$/;

function released(parts: number[]): number[] {
  const patch = parts[2];
  return patch !== undefined && patch >= 90 && patch <= 99 && parts.length <= 4 ? [parts[0]!, (parts[1] ?? 0) + 1, 0] : parts;
}

/**
 * Calendar versions are dates, not semver: ca-certificates 20211016 -> 20230311 and
 * an image version 20240721.1 -> 20240728.1 are data refreshes, not major jumps.
 * A year (1990-2100) or a YYYYMMDD[hh...] date: another year is a minor step, the same year a patch.
 */
function calendarStep(a: number, b: number): Step | undefined {
  const year = (n: number) => (n >= 1990 && n <= 2100 ? n : n >= 19900101 ? Number(String(n).slice(0, 4)) : undefined);
  const ya = year(a);
  const yb = year(b);
  if (ya === undefined || yb === undefined || a >= 19900101 !== b >= 19900101) return undefined;
  if (a === b) return undefined;
  return ya === yb ? 'patch' : 'minor';
}

/** "1:2.35-0ubuntu3.1" -> [2, 35]; "v16.13.0" -> [16, 13, 0]; "go1.21.3" -> [1, 21, 3]. */
export function numericParts(version: string): number[] | undefined {
  // A commit ("54296cf40ad8…", runc's and containerd's version before their releases) orders nothing.
  if (isCommitId(version)) return undefined;
  const m = /^(?:\d+:)?[a-z]*[-_]?v?(\d+(?:\.\d+)*)/i.exec(version.trim());
  if (!m) return undefined;
  return m[1]!.split('.').map((p) => Number.parseInt(p, 10));
}

function versionOf(v: FacetValue | undefined): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v['version'] === 'string') return v['version'];
  return '';
}
