/**
 * The JVM's own account of a class-file mismatch: "… has been compiled by a more recent version of the Java
 * Runtime (class file version 61.0), this version of the Java Runtime only recognizes class file versions up to
 * 55.0". Class-file version N is Java N - 44, so the line names the release that ran (11) and the one the class
 * needs (17). A Java change that keeps its release on both sides (11.0.22 -> 11.0.23) recognises the same class
 * files on A and B: it cannot be why B refuses one. Pure.
 */
import type { Difference } from '../diff/types.js';
import type { Finding } from './finding.js';
import type { Mentions } from './mentions.js';

const JAVA_TOOLS = /^(?:java|javac|jdk|openjdk|jre)$/;
const RECOGNIZES_UP_TO = /only recognizes class file versions up to (\d+)\.0\b/;
/** Class-file major version of Java 1.0–1.1; Java N's is N + 44. */
const CLASS_FILE_OFFSET = 44;

export function classFileFindings(d: Difference, mentions: Mentions): Finding[] {
  if (d.facet !== 'toolchains' || d.kind !== 'changed' || !JAVA_TOOLS.test(d.key)) return [];
  const a = javaRelease(d.a);
  const b = javaRelease(d.b);
  if (a === undefined || b === undefined) return [];
  for (const at of mentions.lines) {
    const m = RECOGNIZES_UP_TO.exec(at.line.body);
    if (!m) continue;
    const ran = Number(m[1]) - CLASS_FILE_OFFSET;
    if (a === b)
      return [
        {
          weight: 0,
          line: at.line,
          why: `the JVM that refused the class is Java ${ran}, and ${d.key} is Java ${b} on both sides`,
          via: 'token',
          refutes: true,
        },
      ];
    if (b === ran)
      return [{ weight: 0.9, line: at.line, why: `the JVM that refused the class is Java ${ran}, B's ${d.key}`, via: 'token' }];
    return [];
  }
  return [];
}

/** "1.8.0_242" -> 8, "11.0.22" -> 11, "21" -> 21. */
function javaRelease(v: Difference['a']): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(?:1\.(\d+)|(\d+))(?:[._+-]|$)/.exec(v.trim());
  const release = Number(m?.[1] ?? m?.[2]);
  return Number.isFinite(release) && release > 0 ? release : undefined;
}
