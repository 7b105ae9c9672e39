/**
 * dpkg's three-word package status ("want flag status", dpkg-query(1)) in plain
 * words: "deinstall ok config-files" -> "removed, config files kept". Anything
 * that is not a dpkg status (apk, rpm) is returned as given.
 */
const STATE: Record<string, string> = {
  'not-installed': 'not installed',
  'config-files': 'removed, config files kept',
  'half-installed': 'half-installed (an install or removal failed)',
  unpacked: 'unpacked but not configured',
  'half-configured': 'half-configured (configuring failed)',
  'triggers-awaited': 'installed, waiting for triggers',
  'triggers-pending': 'installed, triggers pending',
  installed: 'installed',
};

const WANT: Record<string, string> = {
  hold: 'held',
  deinstall: 'marked for removal',
  purge: 'marked for purge',
};

export function plainPackageStatus(status: string): string {
  const words = status.trim().split(/\s+/);
  if (words.length !== 3) return status;
  const [want, flag, state] = words as [string, string, string];
  const base = STATE[state];
  if (!base || !['unknown', 'install', 'hold', 'deinstall', 'purge'].includes(want)) return status;
  const extras: string[] = [];
  // A removed package is already "removed": its want saying so again adds nothing.
  if (WANT[want] && !(state === 'config-files' || state === 'not-installed')) extras.push(WANT[want]);
  if (flag === 'reinstreq') extras.push('needs reinstalling');
  return [base, ...extras].join(', ');
}
