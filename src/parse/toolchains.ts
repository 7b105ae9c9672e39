/** toolchains: tool -> bare version ("12.2.0"), for the build tools that exist. */
import type { Facet } from '../fingerprint/types.js';
import { parseSections } from './sections.js';

/** The last dotted number of the first line that has one: "gcc (Debian 12.2.0-14) 12.2.0"
 *  -> 12.2.0, "go version go1.21.0 linux/amd64" -> 1.21.0, "v20.19.0" -> 20.19.0. */
export function bareVersion(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const all = line.match(/\d+(?:\.\d+)+/g);
    if (all && all.length > 0) return all[all.length - 1];
  }
  return undefined;
}

export function parseToolchains(raw: string): Facet {
  const facet: Facet = {};
  for (const part of parseSections(raw)) {
    if (part.kind === 'cmd') {
      const tool = part.name;
      // `docker buildx version` without the plugin prints docker's usage error.
      if (tool === 'buildx' && !/buildx/i.test(part.text.split('\n')[0] ?? '')) continue;
      if (/not found|unknown command|No such file/i.test(part.text.split('\n')[0] ?? '')) continue;
      const version = bareVersion(part.text);
      if (version) facet[tool] = version;
    } else if (part.kind === 'file' && part.name.endsWith('/release')) {
      // A JDK's release file: JAVA_VERSION="17.0.15"
      const m = /^JAVA_VERSION="?([^"\s]+)"?/m.exec(part.text);
      if (m) facet.java = m[1]!;
    } else if (part.kind === 'file' && part.name.endsWith('/npm/package.json')) {
      const m = /"version"\s*:\s*"([^"]+)"/.exec(part.text);
      if (m) facet.npm = m[1]!;
    }
  }
  return facet;
}
