import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Resolver } from 'node:dns/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEntry, registerLine } from '../../scripts/seeds/binfmt-entry.js';
import { startLocalMirror } from '../../scripts/seeds/local-mirror.js';
import { startLoopbackDns } from '../../scripts/seeds/loopback-dns.js';

// /proc/sys/fs/binfmt_misc/qemu-aarch64 as Debian 12's qemu-user-static registers it.
const QEMU_AARCH64 = `enabled
interpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P
flags: PF
offset 0
magic 7f454c460201010000000000000000000200b700
mask ffffffffffffff00fffffffffffffffffeffffff
`;

describe('binfmt entry save/restore', () => {
  it('reads an entry and writes the line that registers it again, every byte escaped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'envdiff-binfmt-'));
    try {
      await writeFile(join(dir, 'qemu-aarch64'), QEMU_AARCH64);
      const entry = readEntry('qemu-aarch64', dir);
      expect(entry).toEqual({
        name: 'qemu-aarch64',
        enabled: true,
        interpreter: '/usr/libexec/qemu-binfmt/aarch64-binfmt-P',
        flags: 'PF',
        offset: 0,
        magic: '7f454c460201010000000000000000000200b700',
        mask: 'ffffffffffffff00fffffffffffffffffeffffff',
      });
      expect(registerLine(entry!)).toBe(
        ':qemu-aarch64:M:0:\\x7f\\x45\\x4c\\x46\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xb7\\x00' +
          ':\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff' +
          ':/usr/libexec/qemu-binfmt/aarch64-binfmt-P:PF',
      );
      expect(readEntry('qemu-riscv64', dir)).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('loopback DNS', () => {
  it('answers A for its names, nothing for other types, NXDOMAIN for the rest', async () => {
    const dns = await startLoopbackDns('127.0.86.53', { 'debmirror.example.net': '127.0.86.1' }, 5353);
    try {
      const resolver = new Resolver({ timeout: 1000, tries: 1 });
      resolver.setServers(['127.0.86.53:5353']);
      expect(await resolver.resolve4('debmirror.example.net')).toEqual(['127.0.86.1']);
      await expect(resolver.resolve6('debmirror.example.net')).rejects.toMatchObject({ code: 'ENODATA' });
      await expect(resolver.resolve4('debsecurity.example.net')).rejects.toMatchObject({ code: 'ENOTFOUND' });
      expect(dns.queries).toEqual(['debmirror.example.net 1', 'debmirror.example.net 28', 'debsecurity.example.net 1']);
    } finally {
      await dns.close();
    }
  });

  it('refuses to listen anywhere but loopback', async () => {
    await expect(startLoopbackDns('0.0.0.0', {})).rejects.toThrow(/loopback/);
  });
});

describe('local mirror', () => {
  function get(path: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      request({ host: '127.0.86.1', port: 8086, path }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
        .on('error', reject)
        .end();
    });
  }

  it('serves files under its root only', async () => {
    const root = await mkdtemp(join(tmpdir(), 'envdiff-mirror-'));
    try {
      await mkdir(join(root, 'debian/dists/bookworm'), { recursive: true });
      await writeFile(join(root, 'debian/.complete'), 'now\n');
      await writeFile(join(root, 'debian/dists/bookworm/InRelease'), 'signed\n');
      await writeFile(join(root, '..', `${root.split('/').pop()}-secret`), 'no\n');
      const mirror = await startLocalMirror('127.0.86.1', 8086, root);
      try {
        expect(await get('/debian/dists/bookworm/InRelease')).toEqual({ status: 200, body: 'signed\n' });
        expect((await get('/debian/dists/bookworm/Release')).status).toBe(404);
        expect((await get(`/../${root.split('/').pop()}-secret`)).status).toBe(404);
        expect(mirror.requests[0]).toBe('GET /debian/dists/bookworm/InRelease 200');
      } finally {
        await mirror.close();
      }
    } finally {
      await rm(root, { recursive: true, force: true });
      await rm(`${root}-secret`, { force: true });
    }
  });

  it('says how to make the copy when it is missing', async () => {
    await expect(startLocalMirror('127.0.86.1', 8086, '/nonexistent')).rejects.toThrow(/build-seed-images/);
  });
});
