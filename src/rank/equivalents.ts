/**
 * Values spelled differently that mean the same to every program: the time zones
 * UTC and Etc/UTC (both print "UTC"), the locales en_US.UTF-8 and en_US.utf8
 * (glibc normalises the codeset name). Such a difference is real in the
 * fingerprint but cannot change a build. Pure.
 */
import type { Difference } from '../diff/types.js';

/** The C library's version, kept as the libc facet's or as glibc's runtime package (libc6, libc-bin, glibc). */
export function isCLibraryVersion(d: Difference): boolean {
  return (d.facet === 'libc' && d.key === 'version') || (d.facet === 'packages' && /^(?:libc6|libc-bin|glibc)(?::\w+)?$/.test(d.key));
}

/** What the difference's two values both mean, when they mean the same; undefined otherwise. */
export function sameMeaning(d: Difference): string | undefined {
  if (d.kind !== 'changed' || typeof d.a !== 'string' || typeof d.b !== 'string') return undefined;
  const zone = d.facet === 'time' ? d.key === 'timezone' : d.facet === 'env' && d.key === 'TZ';
  if (zone && canonicalZone(d.a) === canonicalZone(d.b)) return `${d.a} and ${d.b} are the same time zone`;
  const locale = d.facet === 'locale' || (d.facet === 'env' && /^(?:LANG|LC_[A-Z]+)$/.test(d.key));
  if (locale && canonicalLocale(d.a) === canonicalLocale(d.b)) return `${d.a} and ${d.b} are the same locale`;
  return undefined;
}

/** "Etc/UTC", "UCT", "Universal", "Zulu" -> "UTC"; other names as they are, without a leading ":" (TZ=:UTC). */
function canonicalZone(zone: string): string {
  const z = zone.replace(/^:/, '').replace(/^Etc\//, '');
  return /^(?:UTC|UCT|Universal|Zulu)$/.test(z) ? 'UTC' : z;
}

/** "en_US.UTF-8" -> "en_US.utf8": glibc compares codesets lower-cased without punctuation. */
function canonicalLocale(locale: string): string {
  const dot = locale.indexOf('.');
  if (dot < 0) return locale;
  const [codeset, modifier] = locale.slice(dot + 1).split('@');
  return `${locale.slice(0, dot)}.${codeset!.toLowerCase().replace(/[^a-z0-9]/g, '')}${modifier ? `@${modifier}` : ''}`;
}

/** ulimit's flags and the resources keys of the same limits (/proc/self/limits rows). */
const ULIMIT_FLAGS: Record<string, string> = {
  n: 'ulimit_nofile',
  u: 'ulimit_nproc',
  s: 'ulimit_stack',
  d: 'ulimit_data',
  f: 'ulimit_fsize',
  v: 'ulimit_as',
  l: 'ulimit_memlock',
  t: 'ulimit_cpu',
};

/**
 * The captured fact a difference is, whatever it was captured as: a custom probe `ulimit -s` (or `ulimit -Hs`)
 * reads the same limit as resources.ulimit_stack, so error classes and priors written for one apply to the other;
 * a package is the same package under its category or without it.
 */
export function factOf(d: Difference): { facet: string; key: string } {
  if (d.facet === 'custom') {
    if (/^getconf\s+PAGE_?SIZE$/i.test(d.key.trim())) return { facet: 'kernel', key: 'page_size' };
    // `grep NoNewPrivs /proc/self/status` reads what the security probe records as no_new_privs, `grep Seccomp:` its seccomp.
    if (/\bNoNewPrivs\b/.test(d.key)) return { facet: 'security', key: 'no_new_privs' };
    if (/\bgrep\b.*\bSeccomp\b/.test(d.key)) return { facet: 'security', key: 'seccomp' };
    const flag = /^ulimit\s+-[HS]?([a-zA-Z])$/.exec(d.key.trim())?.[1];
    const key = flag === undefined ? undefined : ULIMIT_FLAGS[flag];
    if (key) return { facet: 'resources', key };
  }
  // Gentoo and the BSD ports name a package under its category ("sys-devel/lld", "archiver/gnu-tar"): the
  // package is the same one other systems name bare.
  if (d.facet === 'packages') return { facet: d.facet, key: d.key.replace(PACKAGE_CATEGORY, '') };
  return { facet: d.facet, key: d.key };
}

/** A package category before the package's name, the only slash in its key ("sys-devel/", "dev-lang/"). */
const PACKAGE_CATEGORY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)?\/(?=[^/]+$)/;
