/**
 * Debian version ordering, exactly as `dpkg --compare-versions` (dpkg's
 * lib/dpkg/version.c: parseversion + verrevcmp): [epoch:]upstream[-revision];
 * epochs numerically; upstream and revision alternately compared as non-digit
 * runs (letters sort before non-letters, `~` before everything, even the end)
 * and digit runs (numerically).
 */

export interface DebianVersion {
  epoch: number;
  upstream: string;
  revision: string;
}

export function parseDebianVersion(text: string): DebianVersion {
  const version = text.trim();
  const colon = version.indexOf(':');
  let epoch = 0;
  let rest = version;
  if (colon >= 0) {
    // dpkg rejects non-numeric epochs; treat them as 0 so ordering stays total.
    const parsed = Number.parseInt(version.slice(0, colon), 10);
    epoch = Number.isFinite(parsed) ? parsed : 0;
    rest = version.slice(colon + 1);
  }
  const hyphen = rest.lastIndexOf('-');
  return hyphen >= 0
    ? { epoch, upstream: rest.slice(0, hyphen), revision: rest.slice(hyphen + 1) }
    : { epoch, upstream: rest, revision: '' };
}

/** <0, 0, >0 like dpkg's dpkg_version_compare. */
export function compareDebianVersions(a: string, b: string): number {
  const va = parseDebianVersion(a);
  const vb = parseDebianVersion(b);
  if (va.epoch !== vb.epoch) return va.epoch > vb.epoch ? 1 : -1;
  const upstream = verrevcmp(va.upstream, vb.upstream);
  if (upstream !== 0) return upstream;
  return verrevcmp(va.revision, vb.revision);
}

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_TILDE = 126;

function isDigit(c: number): boolean {
  return c >= CODE_0 && c <= CODE_9;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** dpkg's order(): digits 0 (never reached), letters themselves, `~` -1, end 0, others after letters. */
function order(c: number): number {
  if (Number.isNaN(c)) return 0;
  if (isDigit(c)) return 0;
  if (isAlpha(c)) return c;
  if (c === CODE_TILDE) return -1;
  return c + 256;
}

/** dpkg's verrevcmp on one part (upstream or revision). Exported for other version-like strings. */
export function verrevcmp(a: string, b: string): number {
  let i = 0;
  let j = 0;
  // charCodeAt past the end is NaN, playing the role of C's terminating NUL.
  while (i < a.length || j < b.length) {
    let firstDiff = 0;
    while ((i < a.length && !isDigit(a.charCodeAt(i))) || (j < b.length && !isDigit(b.charCodeAt(j)))) {
      const ac = order(a.charCodeAt(i));
      const bc = order(b.charCodeAt(j));
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (a.charCodeAt(i) === CODE_0) i++;
    while (b.charCodeAt(j) === CODE_0) j++;
    while (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      if (firstDiff === 0) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (isDigit(a.charCodeAt(i))) return 1;
    if (isDigit(b.charCodeAt(j))) return -1;
    if (firstDiff !== 0) return firstDiff;
  }
  return 0;
}
