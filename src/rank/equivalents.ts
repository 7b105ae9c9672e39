/**
 * Values spelled differently that mean the same to every program: the time zones
 * UTC and Etc/UTC (both print "UTC"), the locales en_US.UTF-8 and en_US.utf8
 * (glibc normalises the codeset name). Such a difference is real in the
 * fingerprint but cannot change a build. Pure.
 */
import type { Difference } from '../diff/types.js';

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
