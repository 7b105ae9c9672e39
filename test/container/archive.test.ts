/**
 * The tar reader and the file tree of the shell-less capture, on archives written
 * by GNU tar (both its GNU long-name and its PAX formats) from real files in a temp
 * dir, and read in odd-sized chunks as a socket would deliver them.
 */
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTar, type TarEntry } from '../../src/capture/archive.js';
import { bodyWanter, FileTree, filesForSources, parseSource } from '../../src/capture/container-files.js';

let root: string;
const longName = `${'d'.repeat(60)}/${'f'.repeat(120)}.conf`;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'envdiff-tar-'));
  const r = (p: string) => join(root, 'rootfs', p);
  for (const dir of ['usr/lib/x86_64-linux-gnu', 'etc/ld.so.conf.d', 'var/lib/dpkg/status.d', 'd'.repeat(60)])
    await mkdir(r(dir), { recursive: true });
  await writeFile(r('usr/lib/os-release'), 'ID=debian\nVERSION_ID="12"\n');
  await symlink('../usr/lib/os-release', r('etc/os-release'));
  await symlink('usr/lib', r('lib'));
  await writeFile(r('usr/lib/x86_64-linux-gnu/libc.so.6'), Buffer.alloc(70_000, 1));
  await symlink('libz.so.1.2.13', r('usr/lib/x86_64-linux-gnu/libz.so.1'));
  await writeFile(r('etc/ld.so.conf'), 'include /etc/ld.so.conf.d/*.conf\n');
  await writeFile(r('etc/ld.so.conf.d/x86_64-linux-gnu.conf'), '/usr/local/lib/x86_64-linux-gnu\n/lib/x86_64-linux-gnu\n');
  await writeFile(r('etc/ld.so.conf.d/.hidden.conf'), '/nowhere\n');
  await writeFile(r('var/lib/dpkg/status.d/base-files'), 'Package: base-files\nVersion: 12.4+deb12u15\n');
  await writeFile(r('var/lib/dpkg/status.d/tzdata'), 'Package: tzdata\nVersion: 2025b-0+deb12u1\n');
  await writeFile(r(longName), 'long\n');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function* chunks(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function archive(format: 'gnu' | 'pax'): Promise<Buffer> {
  const file = join(root, `${format}.tar`);
  await execa('tar', [`--format=${format}`, '-C', join(root, 'rootfs'), '-cf', file, '.']);
  const { stdout } = await execa('cat', [file], { encoding: 'buffer' });
  return Buffer.from(stdout);
}

async function listing(format: 'gnu' | 'pax'): Promise<string[]> {
  const { stdout } = await execa('tar', ['-tf', join(root, `${format}.tar`)]);
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((p) => p.replace(/^\.\//, '').replace(/\/$/, '') || '.')
    .sort();
}

describe('readTar', () => {
  for (const format of ['gnu', 'pax'] as const) {
    it(`reads every entry of a ${format} archive, with long names, links and only the kept bodies`, async () => {
      const data = await archive(format);
      for (const size of [1, 511, 513, 65_536]) {
        if (size === 1 && data.length > 400_000) continue;
        const entries = await readTar(chunks(data, size), {
          keepBody: (e) => e.path.endsWith('.conf') || e.path.endsWith('os-release'),
          maxKeptBytes: 1 << 20,
        });
        expect(entries.map((e) => (e.path === '.' || e.path === '' ? '.' : e.path)).sort()).toEqual(await listing(format));
        const byPath = new Map(entries.map((e) => [e.path, e]));
        expect(byPath.get('etc/os-release')).toMatchObject({ type: 'symlink', linkTarget: '../usr/lib/os-release' });
        expect(byPath.get('usr/lib/os-release')?.body?.toString()).toBe('ID=debian\nVERSION_ID="12"\n');
        expect(byPath.get(longName)?.body?.toString()).toBe('long\n');
        expect(byPath.get('usr/lib/x86_64-linux-gnu/libc.so.6')).toMatchObject({ type: 'file', size: 70_000 });
        expect(byPath.get('usr/lib/x86_64-linux-gnu/libc.so.6')?.body).toBeUndefined();
      }
    });
  }

  it('refuses a corrupt header and a truncated stream', async () => {
    const data = Buffer.from(await archive('gnu'));
    const corrupt = Buffer.from(data);
    corrupt[0] = corrupt[0]! ^ 0xff;
    await expect(readTar(chunks(corrupt, 4096), { keepBody: () => false, maxKeptBytes: 1 })).rejects.toThrow(/bad header checksum/);
    const cut = data.subarray(0, 512 * 3 + 100);
    await expect(readTar(chunks(cut, 4096), { keepBody: () => true, maxKeptBytes: 1 << 20 })).rejects.toThrow(/truncated|checksum/);
  });

  it('stops when kept bodies exceed the limit', async () => {
    await expect(readTar(chunks(await archive('pax'), 4096), { keepBody: () => true, maxKeptBytes: 1000 })).rejects.toThrow(
      /archive too large/,
    );
  });
});

describe('FileTree and the FILE_SOURCES convention', () => {
  async function tree(sourceList = SOURCES): Promise<{ tree: FileTree; entries: TarEntry[] }> {
    const sources = sourceList.map(parseSource);
    // As the Docker archive API names the entries of `/`: absolute paths.
    const wanted = bodyWanter(sources);
    const entries = (
      await readTar(chunks(await archive('pax'), 8192), { keepBody: (e) => wanted({ ...e, path: `/${e.path}` }), maxKeptBytes: 1 << 20 })
    ).map((e) => ({
      ...e,
      path: e.path === '.' || e.path === '' ? '/' : `/${e.path}`,
    }));
    return { tree: new FileTree(entries), entries };
  }
  const SOURCES = [
    '/',
    '/etc/os-release',
    '/lib/',
    '/lib/*-linux-*/',
    '/etc/ld.so.conf',
    '/etc/ld.so.conf.d/*.conf',
    '/var/lib/dpkg/status.d/*',
    '/var/lib/dpkg/status',
    '/lib64/',
  ];

  it('resolves symlinks inside the root, lists dirs, expands globs like sh', async () => {
    const { tree: t } = await tree();
    expect(t.resolve('/etc/os-release')).toBe('/usr/lib/os-release');
    expect(t.resolve('/lib/x86_64-linux-gnu/libc.so.6')).toBe('/usr/lib/x86_64-linux-gnu/libc.so.6');
    expect(t.resolve('/lib/x86_64-linux-gnu/libz.so.1')).toBeUndefined();
    const { files, missingBodies } = filesForSources(t, SOURCES.map(parseSource));
    expect(files.get('/etc/os-release')).toBe('ID=debian\nVERSION_ID="12"\n');
    expect(files.get('/')).toContain('lib -> usr/lib\n');
    expect(files.get('/lib/')).toBe('os-release\nx86_64-linux-gnu\n');
    expect(files.get('/lib/x86_64-linux-gnu/')).toBe('libc.so.6\nlibz.so.1 -> libz.so.1.2.13\n');
    expect(files.get('/etc/ld.so.conf.d/x86_64-linux-gnu.conf')).toBe('/usr/local/lib/x86_64-linux-gnu\n/lib/x86_64-linux-gnu\n');
    expect(files.has('/etc/ld.so.conf.d/.hidden.conf')).toBe(false);
    expect([...files.keys()].filter((k) => k.startsWith('/var/lib/dpkg/')).sort()).toEqual([
      '/var/lib/dpkg/status.d/base-files',
      '/var/lib/dpkg/status.d/tzdata',
    ]);
    expect(files.has('/lib64/')).toBe(false);
    expect(missingBodies.size).toBe(0);
  });

  it('reports bodies reached only through a symlinked dir as missing, to fetch by path', async () => {
    const { tree: t } = await tree(['/lib/os-release']);
    const { files, missingBodies } = filesForSources(t, [parseSource('/lib/os-release')]);
    expect(files.size).toBe(0);
    expect([...missingBodies]).toEqual([['/lib/os-release', '/usr/lib/os-release']]);
  });
});
