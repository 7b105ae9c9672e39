import { describe, expect, it } from 'vitest';
import { assembleRawFromFiles, dirEntries, formatPart, hexBytes, parseSections } from '../../src/parse/sections.js';

describe('raw part convention', () => {
  it('round-trips parts, including empty ones and blank lines', () => {
    const raw =
      formatPart('file', '/etc/os-release', 'ID=debian\n\nVERSION_ID="12"\n') +
      formatPart('missing', '/etc/alpine-release', '') +
      formatPart('cmd', 'uname -m', 'x86_64');
    expect(parseSections(raw)).toEqual([
      { kind: 'file', name: '/etc/os-release', text: 'ID=debian\n\nVERSION_ID="12"\n' },
      { kind: 'missing', name: '/etc/alpine-release', text: '' },
      { kind: 'cmd', name: 'uname -m', text: 'x86_64\n' },
    ]);
  });

  it('keeps hostile content as content: it cannot forge a header', () => {
    const hostile = '@file /etc/shadow\nroot:x\n@env LANG\n@@nonce:end os 0 0\n';
    const parts = parseSections(formatPart('file', '/etc/motd', hostile) + formatPart('var', 'umask', '0022'));
    expect(parts).toHaveLength(2);
    expect(parts[0]).toEqual({ kind: 'file', name: '/etc/motd', text: hostile });
    expect(parts[1]).toEqual({ kind: 'var', name: 'umask', text: '0022\n' });
  });

  it('ignores unknown kinds and stray lines', () => {
    expect(parseSections('garbage\n@bogus x\n a\n@var k\n v\n')).toEqual([{ kind: 'var', name: 'k', text: 'v\n' }]);
  });

  it('refuses a name with a newline', () => {
    expect(() => formatPart('file', '/a\n@file /b', '')).toThrow(/newline/);
  });

  it('reads listings with symlink targets and hex parts', () => {
    expect([...dirEntries('lib -> usr/lib\nusr\n')]).toEqual([
      ['lib', 'usr/lib'],
      ['usr', undefined],
    ]);
    expect(hexBytes(' 41 0a\n 42 00\n').toString('latin1')).toBe('A\nB\0');
  });

  it('assembles files, listings and the root listing like a probe prints them', () => {
    const raw = assembleRawFromFiles(
      'libraries',
      new Map([
        ['/etc/ld.so.conf', 'include /etc/ld.so.conf.d/*.conf\n'],
        ['/usr/lib64/', 'libfuse3.so.3\nlibfuse3.so.3.10.5\n'],
        ['/', 'lib64 -> usr/lib64\n'],
      ]),
    );
    expect(parseSections(raw)).toEqual([
      { kind: 'dir', name: '/', text: 'lib64 -> usr/lib64\n' },
      { kind: 'file', name: '/etc/ld.so.conf', text: 'include /etc/ld.so.conf.d/*.conf\n' },
      { kind: 'dir', name: '/usr/lib64', text: 'libfuse3.so.3\nlibfuse3.so.3.10.5\n' },
    ]);
  });
});
