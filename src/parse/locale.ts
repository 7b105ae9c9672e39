/** locale: LANG/LC_* settings, the charmap they select, the installed locales. */
import type { Facet } from '../fingerprint/types.js';
import { dirEntries, parseSections, partsByName } from './sections.js';

export function parseLocale(raw: string): Facet {
  const parts = parseSections(raw);
  const facet: Facet = {};
  for (const [name, value] of partsByName(parts, 'env')) facet[name] = value.replace(/\n$/, '');
  const cmds = partsByName(parts, 'cmd');
  const charmap = cmds.get('locale charmap')?.trim();
  if (charmap) facet.charmap = charmap;
  const listed = cmds.get('locale -a');
  if (listed !== undefined) {
    facet.available = listed
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .sort();
  } else {
    const dir = partsByName(parts, 'dir').get('/usr/lib/locale');
    if (dir !== undefined) facet.available = [...dirEntries(dir).keys()].filter((n) => n !== 'locale-archive').sort();
  }
  return facet;
}
