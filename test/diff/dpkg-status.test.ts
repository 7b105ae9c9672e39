import { describe, expect, it } from 'vitest';
import { plainPackageStatus } from '../../src/diff/dpkg-status.js';
import { summarize } from '../../src/diff/summary.js';

describe('dpkg status in plain words', () => {
  it.each([
    ['install ok installed', 'installed'],
    ['deinstall ok config-files', 'removed, config files kept'],
    ['purge ok not-installed', 'not installed'],
    ['install reinstreq half-installed', 'half-installed (an install or removal failed), needs reinstalling'],
    ['install ok unpacked', 'unpacked but not configured'],
    ['install ok half-configured', 'half-configured (configuring failed)'],
    ['hold ok installed', 'installed, held'],
    ['deinstall ok installed', 'installed, marked for removal'],
    ['install ok triggers-pending', 'installed, triggers pending'],
    ['installed', 'installed'],
    ['something else entirely', 'something else entirely'],
  ])('%s -> %s', (status, plain) => expect(plainPackageStatus(status)).toBe(plain));

  it('a package whose status changed reads as the fact', () => {
    const pkg = (version: string, status: string) => ({ version, status, manager: 'dpkg' });
    expect(
      summarize({
        scope: 'host',
        facet: 'packages',
        key: 'fuse3',
        kind: 'changed',
        a: pkg('3.14.0-4', 'install ok installed'),
        b: pkg('3.14.0-4', 'deinstall ok config-files'),
        detail: { fields: ['status'] },
      }),
    ).toBe('removed, config files kept on B (A: installed)');
  });

  it('a package only on one side says when it is not really installed', () => {
    const d = { scope: 'host', facet: 'packages', key: 'fuse3', kind: 'added' as const };
    expect(summarize({ ...d, b: { version: '3.14.0-4', status: 'deinstall ok config-files', manager: 'dpkg' } })).toBe(
      'added (3.14.0-4, removed, config files kept)',
    );
    expect(summarize({ ...d, b: { version: '3.14.0-4', status: 'install ok installed', manager: 'dpkg' } })).toBe('added (3.14.0-4)');
  });

  it('a mirror that stopped resolving reads as the fact', () => {
    const src = (addresses: string[]) => ({ host: 'debmirror.example.net', addresses, source: '/etc/apt/sources.list' });
    const d = {
      scope: 'host',
      facet: 'mirrors',
      key: 'http://debmirror.example.net/debian',
      kind: 'changed' as const,
      detail: { fields: ['addresses'] },
    };
    expect(summarize({ ...d, a: src(['192.0.2.10']), b: src([]) })).toBe('debmirror.example.net does not resolve on B (A: 192.0.2.10)');
    expect(summarize({ ...d, a: src(['192.0.2.10']), b: src(['192.0.2.99']) })).toBe(
      'debmirror.example.net resolves to 192.0.2.99 on B (A: 192.0.2.10)',
    );
  });
});
