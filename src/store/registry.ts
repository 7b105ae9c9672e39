/**
 * An OCI registry as a store (`oci://host[:port]/repository`), through the OCI
 * distribution API over HTTPS: blobs checked with HEAD and uploaded in one
 * POST+PUT, manifests by tag, tags listed with pagination. Authentication answers
 * the registry's WWW-Authenticate challenge: Basic, or the Bearer token flow
 * (token fetched from the realm with Basic credentials if any). Every blob and
 * manifest read is checked against its digest.
 */
import { readFile } from 'node:fs/promises';
import { Agent } from 'node:https';
import { createSecureContext, rootCertificates } from 'node:tls';
import { readFileSync } from 'node:fs';
import type { Backend, TaggedManifest } from './backend.js';
import { findCredentials, type Credentials } from './credentials.js';
import { StoreError } from './errors.js';
import { send, type HttpRequest, type HttpResponse } from './http.js';
import {
  ANNOTATION,
  ARTIFACT_TYPE,
  DIGEST_PATTERN,
  INDEX_MEDIA_TYPE,
  MANIFEST_MEDIA_TYPE,
  type Descriptor,
  type ImageIndex,
  sha256Digest,
} from './oci.js';

export interface RegistryLocation {
  host: string;
  repository: string;
}

const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_BLOB_BYTES = 128 * 1024 * 1024;
const MANIFEST_ACCEPT = [
  MANIFEST_MEDIA_TYPE,
  INDEX_MEDIA_TYPE,
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');
/** Where Debian-family systems keep the system CA bundle (corporate CAs land here). */
const SYSTEM_CA_FILES = ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt'];

export function parseRegistryLocation(text: string): RegistryLocation {
  const m = /^oci:\/\/([^/#?\s]+)\/([a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)$/.exec(text);
  if (!m) throw new StoreError(`${text} is not a registry store; expected oci://HOST[:PORT]/REPOSITORY (lower-case repository path)`);
  return { host: m[1]!, repository: m[2]! };
}

export class RegistryBackend implements Backend {
  readonly location: string;
  private authorization: string | undefined;
  private credentials: Credentials | undefined | null = null;

  private constructor(
    readonly where: RegistryLocation,
    private readonly env: Record<string, string | undefined>,
    ca: string[],
  ) {
    this.location = `oci://${where.host}/${where.repository}`;
    // One pool: a TLS context built once (hundreds of CA certificates cost ~20 ms
    // each time) and connections kept for the many small requests of a run.
    this.agent = new Agent({ keepAlive: true, maxSockets: 8, secureContext: createSecureContext({ ca }) });
  }

  private readonly agent: Agent;

  static async open(
    where: RegistryLocation,
    options: { env: Record<string, string | undefined>; caFile?: string },
  ): Promise<RegistryBackend> {
    // Node's own CA list plus the system bundle (where corporate CAs are installed) plus --ca-file.
    const ca = [...rootCertificates, ...systemCertificates()];
    if (options.caFile) {
      let extra: string;
      try {
        extra = await readFile(options.caFile, 'utf8');
      } catch (error) {
        throw new StoreError(`cannot read --ca-file ${options.caFile}: ${(error as Error).message}`);
      }
      if (!extra.includes('-----BEGIN CERTIFICATE-----')) throw new StoreError(`--ca-file ${options.caFile} holds no PEM certificate`);
      ca.push(extra);
    }
    return new RegistryBackend(where, options.env, ca);
  }

  private url(path: string): URL {
    return new URL(`https://${this.where.host}/v2/${this.where.repository}${path}`);
  }

  /** A request with authentication: on 401, answer the challenge once and retry. */
  private async call(req: Omit<HttpRequest, 'agent'>, what: string): Promise<HttpResponse> {
    const attempt = () =>
      send({
        ...req,
        agent: this.agent,
        headers: { ...req.headers, ...(this.authorization ? { Authorization: this.authorization } : {}) },
      });
    let response = await attempt();
    if (response.status === 401) {
      await this.authenticate(response, req.method !== 'GET' && req.method !== 'HEAD');
      response = await attempt();
    }
    if (response.status === 401)
      throw new StoreError(
        `${this.where.host} refused the credentials for ${this.where.repository} (401) ${credentialHint(this.credentials)}`,
      );
    if (response.status === 403) throw new StoreError(`${this.where.host} denied access to ${this.where.repository} (403) while ${what}`);
    return response;
  }

  private async authenticate(challenge: HttpResponse, push: boolean): Promise<void> {
    if (this.credentials === null) this.credentials = await findCredentials(this.where.host, this.env);
    const header = String(challenge.headers['www-authenticate'] ?? '');
    const scheme = header.split(' ')[0]?.toLowerCase();
    const creds = this.credentials;
    const basic = creds ? `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}` : undefined;
    if (scheme === 'basic') {
      if (!basic)
        throw new StoreError(
          `${this.where.host} needs credentials (401); set ENVDIFF_REGISTRY_USER/ENVDIFF_REGISTRY_PASSWORD or docker login ${this.where.host}`,
        );
      this.authorization = basic;
      return;
    }
    if (scheme !== 'bearer')
      throw new StoreError(`${this.where.host} asks for an unsupported authentication (${header.slice(0, 40) || 'none'})`);
    const params = parseChallenge(header.slice('bearer'.length));
    if (!params['realm']) throw new StoreError(`${this.where.host} sent a Bearer challenge without a realm`);
    const realm = new URL(params['realm']);
    if (params['service']) realm.searchParams.set('service', params['service']);
    const scope = `repository:${this.where.repository}:${push ? 'pull,push' : 'pull'}`;
    realm.searchParams.set('scope', params['scope'] && !push ? params['scope'] : scope);
    const token = await send({
      method: 'GET',
      url: realm,
      headers: basic ? { Authorization: basic } : {},
      maxBytes: 1024 * 1024,
      agent: this.agent,
    });
    if (token.status === 401 || token.status === 403) {
      throw new StoreError(`the token service of ${this.where.host} refused the credentials (${token.status}) ${credentialHint(creds)}`);
    }
    if (token.status !== 200) throw new StoreError(`the token service of ${this.where.host} answered ${token.status}`);
    let doc: { token?: string; access_token?: string };
    try {
      doc = JSON.parse(token.body.toString('utf8')) as typeof doc;
    } catch {
      throw new StoreError(`the token service of ${this.where.host} answered something other than JSON`);
    }
    const value = doc.token ?? doc.access_token;
    if (!value) throw new StoreError(`the token service of ${this.where.host} gave no token`);
    this.authorization = `Bearer ${value}`;
  }

  async hasBlob(digest: string): Promise<boolean> {
    const r = await this.call({ method: 'HEAD', url: this.url(`/blobs/${digest}`), timeoutMs: 15_000 }, 'checking a blob');
    if (r.status === 200) return true;
    if (r.status === 404) return false;
    throw unexpected(this.where, r, 'checking a blob');
  }

  async putBlob(digest: string, bytes: Buffer): Promise<void> {
    const start = await this.call({ method: 'POST', url: this.url('/blobs/uploads/'), body: Buffer.alloc(0) }, 'starting an upload');
    if (start.status !== 202 || !start.headers.location) throw unexpected(this.where, start, 'starting an upload');
    const target = new URL(start.headers.location, start.url);
    target.searchParams.set('digest', digest);
    const done = await this.call(
      { method: 'PUT', url: target, body: bytes, headers: { 'Content-Type': 'application/octet-stream' }, timeoutMs: 120_000 },
      'uploading a blob',
    );
    if (done.status !== 201) throw unexpected(this.where, done, 'uploading a blob');
  }

  async getBlob(descriptor: Descriptor): Promise<Buffer> {
    const r = await this.call(
      { method: 'GET', url: this.url(`/blobs/${descriptor.digest}`), maxBytes: MAX_BLOB_BYTES, timeoutMs: 120_000 },
      'reading a blob',
    );
    if (r.status === 404) throw new StoreError(`${this.location}: blob ${descriptor.digest} is missing`);
    if (r.status !== 200) throw unexpected(this.where, r, 'reading a blob');
    if (sha256Digest(r.body) !== descriptor.digest) {
      throw new StoreError(`${this.location}: blob ${descriptor.digest} does not match its digest; refusing to use it`);
    }
    return r.body;
  }

  async getManifest(reference: string): Promise<{ digest: string; bytes: Buffer; mediaType?: string } | undefined> {
    const r = await this.call(
      { method: 'GET', url: this.url(`/manifests/${reference}`), headers: { Accept: MANIFEST_ACCEPT }, maxBytes: MAX_MANIFEST_BYTES },
      'reading a manifest',
    );
    if (r.status === 404) return undefined;
    if (r.status !== 200) throw unexpected(this.where, r, 'reading a manifest');
    const digest = sha256Digest(r.body);
    const claimed = DIGEST_PATTERN.test(reference) ? reference : String(r.headers['docker-content-digest'] ?? digest);
    if (claimed !== digest) throw new StoreError(`${this.location}: manifest ${reference} does not match its digest; refusing to use it`);
    return { digest, bytes: r.body, ...(r.headers['content-type'] ? { mediaType: String(r.headers['content-type']) } : {}) };
  }

  async putManifest(
    manifest: { digest: string; bytes: Buffer; annotations: Record<string, string> },
    tags: string[],
    moveIfNewer: string[] = [],
  ): Promise<void> {
    const created = manifest.annotations[ANNOTATION.created] ?? '';
    for (const tag of [...tags, ...moveIfNewer]) {
      if (moveIfNewer.includes(tag)) {
        const current = await this.getManifest(tag);
        const theirs = current
          ? ((JSON.parse(current.bytes.toString('utf8')) as { annotations?: Record<string, string> }).annotations?.[ANNOTATION.created] ??
            '')
          : '';
        if (theirs > created) continue;
      }
      await this.putManifestBytes(tag, manifest.bytes, MANIFEST_MEDIA_TYPE);
    }
  }

  private async putManifestBytes(reference: string, bytes: Buffer, mediaType: string): Promise<void> {
    const r = await this.call(
      { method: 'PUT', url: this.url(`/manifests/${reference}`), body: bytes, headers: { 'Content-Type': mediaType } },
      'pushing a manifest',
    );
    if (r.status !== 201 && r.status !== 200) throw unexpected(this.where, r, 'pushing a manifest');
  }

  async listTags(wanted: (tag: string) => boolean = () => true): Promise<TaggedManifest[]> {
    const tags: string[] = [];
    let url: URL | undefined = this.url('/tags/list?n=1000');
    while (url) {
      const r = await this.call({ method: 'GET', url, maxBytes: MAX_MANIFEST_BYTES }, 'listing tags');
      if (r.status === 404) break; // a repository nothing was pushed to yet
      if (r.status !== 200) throw unexpected(this.where, r, 'listing tags');
      const doc = JSON.parse(r.body.toString('utf8')) as { tags?: string[] | null };
      tags.push(...(doc.tags ?? []).filter(wanted));
      const link = /<([^>]+)>;\s*rel="?next"?/.exec(String(r.headers.link ?? ''));
      url = link ? new URL(link[1]!, r.url) : undefined;
    }
    const out: TaggedManifest[] = [];
    // A digest per tag needs one HEAD each; a few at a time.
    for (let i = 0; i < tags.length; i += 8) {
      const batch = await Promise.all(
        tags.slice(i, i + 8).map(async (tag) => {
          const r = await this.call(
            { method: 'HEAD', url: this.url(`/manifests/${tag}`), headers: { Accept: MANIFEST_ACCEPT } },
            'listing tags',
          );
          const digest = r.headers['docker-content-digest'];
          return r.status === 200 && typeof digest === 'string'
            ? {
                tag,
                descriptor: {
                  mediaType: String(r.headers['content-type'] ?? MANIFEST_MEDIA_TYPE),
                  digest,
                  size: Number(r.headers['content-length'] ?? 0),
                },
              }
            : undefined;
        }),
      );
      out.push(...batch.filter((t): t is TaggedManifest => t !== undefined));
    }
    return out;
  }

  /** The descriptor of IMAGE@sha256:… in this repository (a subject must live beside its referrers). */
  async describeImage(image: string): Promise<Descriptor> {
    const at = image.lastIndexOf('@');
    const name = image.slice(0, at);
    const digest = image.slice(at + 1);
    const expected = [this.where.repository, `${this.where.host}/${this.where.repository}`];
    if (!expected.includes(name)) {
      throw new StoreError(
        `--attach ${image}: the image must be in the store's repository (${this.where.host}/${this.where.repository}@sha256:…), where its referrers live`,
      );
    }
    const found = await this.getManifest(digest);
    if (!found) throw new StoreError(`--attach ${image}: no such manifest in ${this.location}`);
    const mediaType =
      (JSON.parse(found.bytes.toString('utf8')) as { mediaType?: string }).mediaType ?? found.mediaType ?? MANIFEST_MEDIA_TYPE;
    return { mediaType, digest, size: found.bytes.length };
  }

  /**
   * Make the run findable from its image. Registries with the referrers API index
   * `subject` themselves; others (distribution 2.8) get the referrers tag schema:
   * an image index tagged `sha256-<hex>` listing the referrers.
   */
  async attachReferrer(subject: Descriptor, run: { digest: string; manifest: { annotations?: Record<string, string> } }): Promise<void> {
    const probe = await this.call(
      { method: 'GET', url: this.url(`/referrers/${subject.digest}`), maxBytes: MAX_MANIFEST_BYTES },
      'checking the referrers API',
    );
    if (probe.status === 200 && /application\/vnd\.oci\.image\.index\.v1\+json/.test(String(probe.headers['content-type'] ?? ''))) return;
    const tag = subject.digest.replace(':', '-');
    const existing = await this.getManifest(tag);
    const index: ImageIndex = existing
      ? (JSON.parse(existing.bytes.toString('utf8')) as ImageIndex)
      : { schemaVersion: 2, mediaType: INDEX_MEDIA_TYPE, manifests: [] };
    const bytes = await this.getManifest(run.digest);
    if (!bytes) throw new StoreError(`${this.location}: the run just pushed (${run.digest}) is missing`);
    if (!index.manifests.some((m) => m.digest === run.digest)) {
      index.manifests.push({
        mediaType: MANIFEST_MEDIA_TYPE,
        digest: run.digest,
        size: bytes.bytes.length,
        artifactType: ARTIFACT_TYPE,
        ...(run.manifest.annotations ? { annotations: run.manifest.annotations } : {}),
      });
    }
    await this.putManifestBytes(tag, Buffer.from(JSON.stringify({ ...index, mediaType: INDEX_MEDIA_TYPE })), INDEX_MEDIA_TYPE);
  }
}

function systemCertificates(): string[] {
  for (const file of SYSTEM_CA_FILES) {
    try {
      return [readFileSync(file, 'utf8')];
    } catch {
      // next
    }
  }
  return [];
}

/** `realm="https://auth",service="registry",scope="repository:x:pull"` → map. */
function parseChallenge(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([a-zA-Z_]+)="([^"]*)"/g)) out[m[1]!.toLowerCase()] = m[2]!;
  return out;
}

function credentialHint(creds: Credentials | undefined | null): string {
  return creds
    ? `for user ${creds.username}`
    : '(no credentials found: set ENVDIFF_REGISTRY_USER/ENVDIFF_REGISTRY_PASSWORD or docker login)';
}

function unexpected(where: RegistryLocation, r: HttpResponse, what: string): StoreError {
  let detail = '';
  try {
    const doc = JSON.parse(r.body.toString('utf8')) as { errors?: { code?: string; message?: string }[] };
    const e = doc.errors?.[0];
    if (e) detail = `: ${e.code ?? ''} ${e.message ?? ''}`.trimEnd();
  } catch {
    // not a distribution error document
  }
  return new StoreError(`${where.host}/${where.repository} answered ${r.status} while ${what}${detail.slice(0, 200)}`);
}
