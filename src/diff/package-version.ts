/**
 * Version ordering per package manager: dpkg exactly (debian-version.ts); rpm
 * like rpmvercmp over [epoch:]version[-release]; apk like apk-tools
 * (numbers, letter, _alpha.._rc < release < _cvs.._p suffixes, -rN revision).
 * Anything else (kernel releases, toolchain versions) uses dpkg's verrevcmp,
 * which already orders digit runs numerically and letters sensibly.
 */
import { compareDebianVersions, verrevcmp } from './debian-version.js';

export type PackageManager = 'dpkg' | 'apk' | 'rpm';

export function compareVersionsFor(manager: string | undefined, a: string, b: string): number {
  switch (manager) {
    case 'dpkg':
      return compareDebianVersions(a, b);
    case 'rpm':
      return compareRpmEvr(a, b);
    case 'apk':
      return compareApkVersions(a, b);
    default:
      return compareLooseVersions(a, b);
  }
}

/**
 * A git commit id, abbreviated or whole ("54296cf40ad8…": runc's and containerd's version when built from a
 * commit): hex digits with at least one letter. Two of them order nothing.
 */
export function isCommitId(version: string): boolean {
  return /^(?=[0-9a-f]*[a-f])[0-9a-f]{7,64}$/i.test(version.trim());
}

/** Kernel releases ("4.4.0-98-generic"), toolchain versions ("v0.10.0", "go1.22.3"). */
export function compareLooseVersions(a: string, b: string): number {
  return verrevcmp(prereleaseFirst(a.trim()), prereleaseFirst(b.trim()));
}

/** Outside a package manager "1.0.0-rc95" comes before "1.0.0" (semver); written "1.0.0~rc95" it sorts so. */
function prereleaseFirst(version: string): string {
  return version.replace(/-((?:rc|alpha|beta|pre|preview|dev)[.\d]*)$/i, '~$1');
}

// ---- rpm ------------------------------------------------------------------

function splitEvr(evr: string): { epoch: number; version: string; release: string } {
  const colon = evr.indexOf(':');
  const epoch = colon >= 0 ? Number.parseInt(evr.slice(0, colon), 10) || 0 : 0;
  const rest = colon >= 0 ? evr.slice(colon + 1) : evr;
  const hyphen = rest.lastIndexOf('-');
  return hyphen >= 0 ? { epoch, version: rest.slice(0, hyphen), release: rest.slice(hyphen + 1) } : { epoch, version: rest, release: '' };
}

export function compareRpmEvr(a: string, b: string): number {
  const ea = splitEvr(a.trim());
  const eb = splitEvr(b.trim());
  if (ea.epoch !== eb.epoch) return ea.epoch > eb.epoch ? 1 : -1;
  return rpmvercmp(ea.version, eb.version) || rpmvercmp(ea.release, eb.release);
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** rpm's rpmvercmp (lib/rpmvercmp.c), including `~` (before all) and `^` (after end, before anything else). */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && !isDigit(a[i]) && !isAlpha(a[i]) && a[i] !== '~' && a[i] !== '^') i++;
    while (j < b.length && !isDigit(b[j]) && !isAlpha(b[j]) && b[j] !== '~' && b[j] !== '^') j++;
    if (a[i] === '~' || b[j] === '~') {
      if (a[i] !== '~') return 1;
      if (b[j] !== '~') return -1;
      i++;
      j++;
      continue;
    }
    if (a[i] === '^' || b[j] === '^') {
      if (i >= a.length) return -1;
      if (j >= b.length) return 1;
      if (a[i] !== '^') return 1;
      if (b[j] !== '^') return -1;
      i++;
      j++;
      continue;
    }
    if (i >= a.length || j >= b.length) break;
    const numeric = isDigit(a[i]);
    const take = numeric ? isDigit : isAlpha;
    let ei = i;
    let ej = j;
    while (ei < a.length && take(a[ei])) ei++;
    while (ej < b.length && take(b[ej])) ej++;
    if (ej === j) return numeric ? 1 : -1; // numeric segments beat alphabetic ones
    let sa = a.slice(i, ei);
    let sb = b.slice(j, ej);
    if (numeric) {
      sa = sa.replace(/^0+/, '');
      sb = sb.replace(/^0+/, '');
      if (sa.length !== sb.length) return sa.length > sb.length ? 1 : -1;
    }
    if (sa !== sb) return sa < sb ? -1 : 1;
    i = ei;
    j = ej;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

// ---- apk ------------------------------------------------------------------

const APK_SUFFIX_RANK: Record<string, number> = { alpha: -4, beta: -3, pre: -2, rc: -1, cvs: 1, svn: 2, git: 3, hg: 4, p: 5 };
const APK_VERSION = /^(\d+(?:\.\d+)*)([a-z]?)((?:_[a-z]+\d*)*)(?:~[0-9a-f]+)?(?:-r(\d+))?$/;

interface ApkVersion {
  numbers: number[];
  letter: string;
  suffixes: Array<[number, number]>;
  revision: number;
}

function parseApk(text: string): ApkVersion | undefined {
  const m = APK_VERSION.exec(text.trim());
  if (!m) return undefined;
  const suffixes: Array<[number, number]> = [];
  for (const s of (m[3] ?? '').split('_').filter(Boolean)) {
    const sm = /^([a-z]+)(\d*)$/.exec(s)!;
    const rank = APK_SUFFIX_RANK[sm[1]!];
    if (rank === undefined) return undefined;
    suffixes.push([rank, Number(sm[2] || 0)]);
  }
  return { numbers: m[1]!.split('.').map(Number), letter: m[2] ?? '', suffixes, revision: Number(m[4] ?? 0) };
}

export function compareApkVersions(a: string, b: string): number {
  const va = parseApk(a);
  const vb = parseApk(b);
  if (!va || !vb) return compareLooseVersions(a, b);
  const n = Math.max(va.numbers.length, vb.numbers.length);
  for (let k = 0; k < n; k++) {
    const x = va.numbers[k];
    const y = vb.numbers[k];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x !== y) return x > y ? 1 : -1;
  }
  if (va.letter !== vb.letter) return va.letter < vb.letter ? -1 : 1;
  const m = Math.max(va.suffixes.length, vb.suffixes.length);
  for (let k = 0; k < m; k++) {
    const [ra, na] = va.suffixes[k] ?? [0, 0];
    const [rb, nb] = vb.suffixes[k] ?? [0, 0];
    if (ra !== rb) return ra > rb ? 1 : -1;
    if (na !== nb) return na > nb ? 1 : -1;
  }
  if (va.revision !== vb.revision) return va.revision > vb.revision ? 1 : -1;
  return 0;
}
