/**
 * A token service for the Bearer flow tests: HTTPS on 127.0.0.1, checks Basic
 * credentials, and issues the RS256 JWT distribution expects (x5c header with the
 * signing certificate, access claims for the requested repository scope).
 */
import { createPrivateKey, randomBytes, sign, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { join } from 'node:path';

export interface TokenServer {
  url: string;
  /** How many tokens were issued (a test that the Bearer flow really ran). */
  issued: () => number;
  start(dir: string, user: string, password: string): Promise<void>;
  close(): Promise<void>;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export async function tokenServer(): Promise<TokenServer & { port: number }> {
  let server: Server | undefined;
  let count = 0;
  // Listen first (the registry's config needs the realm), serve once the keys exist.
  const port = await new Promise<number>((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  return {
    port,
    url: `https://127.0.0.1:${port}/token`,
    issued: () => count,
    async start(dir, user, password) {
      const key = createPrivateKey(readFileSync(join(dir, 'token.key')));
      const cert = new X509Certificate(readFileSync(join(dir, 'token.crt')));
      server = createServer({ key: readFileSync(join(dir, 'server.key')), cert: readFileSync(join(dir, 'server.crt')) }, (req, res) => {
        const url = new URL(req.url ?? '/', 'https://127.0.0.1');
        const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
        if (req.headers.authorization !== expected) {
          res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"details":"bad credentials"}');
          return;
        }
        const access = url.searchParams.getAll('scope').map((scope) => {
          const [type, name, actions] = scope.split(':');
          return { type, name, actions: (actions ?? '').split(',') };
        });
        const now = Math.floor(Date.now() / 1000);
        const header = { typ: 'JWT', alg: 'RS256', x5c: [cert.raw.toString('base64')] };
        const claims = {
          iss: 'envdiff-test-issuer',
          sub: user,
          aud: url.searchParams.get('service'),
          exp: now + 300,
          nbf: now - 10,
          iat: now,
          jti: randomBytes(8).toString('hex'),
          access,
        };
        const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
        const token = `${input}.${b64url(sign('sha256', Buffer.from(input), key))}`;
        count += 1;
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token, expires_in: 300 }));
      });
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    },
    async close() {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}
