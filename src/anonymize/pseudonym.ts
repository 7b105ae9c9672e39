/**
 * Keyed pseudonyms: HMAC-SHA256(key, kind + value), so the same value gets the
 * same stand-in in every file anonymised with the same key (two fingerprints still
 * compare equal where they were equal), and without the key a stand-in cannot be
 * turned back by guessing likely names. Stand-ins keep their shape — a host
 * stays a host, an address an address of its family, in ranges reserved for
 * documentation or future use, so they can never be someone's real machine.
 */
import { createHmac } from 'node:crypto';

export type PseudonymKind = 'host' | 'ipv4' | 'ipv6' | 'user';

export class Pseudonyms {
  private readonly cache = new Map<string, string>();
  constructor(private readonly key: Buffer) {}

  private digest(kind: PseudonymKind, value: string): Buffer {
    return createHmac('sha256', this.key).update(`${kind}\0${value.toLowerCase()}`).digest();
  }

  of(kind: PseudonymKind, value: string): string {
    const id = `${kind}\0${value.toLowerCase()}`;
    let out = this.cache.get(id);
    if (out === undefined) {
      out = this.make(kind, value);
      this.cache.set(id, out);
    }
    return out;
  }

  private make(kind: PseudonymKind, value: string): string {
    const h = this.digest(kind, value);
    switch (kind) {
      case 'host':
        // A name with dots stays a name with dots; `.invalid` can never resolve (RFC 6761).
        return value.includes('.') ? `host-${h.toString('hex', 0, 5)}.invalid` : `host-${h.toString('hex', 0, 4)}`;
      case 'user':
        return `user-${h.toString('hex', 0, 4)}`;
      case 'ipv4':
        // 240.0.0.0/4 is reserved ("future use"): 28 bits of the digest.
        return `${240 + (h[0]! & 15)}.${h[1]}.${h[2]}.${h[3]}`;
      case 'ipv6': {
        // 2001:db8::/32 is the documentation prefix: 96 bits of the digest.
        const groups = Array.from({ length: 6 }, (_, i) => h.readUInt16BE(i * 2).toString(16));
        return `2001:db8:${groups.join(':')}`;
      }
    }
  }
}

const SHAPES: Record<PseudonymKind, RegExp> = {
  host: /^host-(?:[0-9a-f]{8}|[0-9a-f]{10}\.invalid)$/i,
  user: /^user-[0-9a-f]{8}$/i,
  ipv4: /^(?:24\d|25[0-5])\./,
  ipv6: /^2001:db8:/i,
};

/** Whether a value already is a stand-in of this kind (so it is not replaced again). */
export function isPseudonym(kind: PseudonymKind, value: string): boolean {
  return SHAPES[kind].test(value);
}
