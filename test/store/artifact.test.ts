/**
 * The pure parts of the store: fingerprint <-> OCI artifact, tags, selectors,
 * CI detection and the "what changed" line of history.
 */
import { describe, expect, it } from 'vitest';
import { packRun, parseRunManifest, reannotate, unpackRun, type RunMeta } from '../../src/store/artifact.js';
import { detectCi } from '../../src/store/ci-context.js';
import { describeChanges, shortChange } from '../../src/store/changes.js';
import { gunzipSync, gzipSync } from 'node:zlib';
import { serializeFingerprint } from '../../src/fingerprint/io.js';
import type { Fingerprint } from '../../src/fingerprint/types.js';
import {
  ARTIFACT_TYPE,
  EMPTY_BLOB,
  EMPTY_DESCRIPTOR,
  ENVELOPE_MEDIA_TYPE,
  FACET_MEDIA_TYPE,
  FACETS_MEDIA_TYPE,
  sha256Digest,
} from '../../src/store/oci.js';
import { realFingerprint } from '../compare/real-fingerprints.js';
import { parseSelector, selectorReference } from '../../src/store/selector.js';
import { isTag, movingTag, runTag, slug, splitTag } from '../../src/store/tags.js';
import { parseInputRef } from '../../src/store/resolve.js';
import { snapshot } from './helpers.js';

const meta: RunMeta = {
  job: 'ci/build',
  run: '42',
  status: 'unknown',
  created: '2026-12-01T10:00:00.000Z',
  version: '0.1.0',
  runner: 'r1',
};

describe('packRun / unpackRun', () => {
  it('round-trips a real fingerprint exactly', () => {
    for (const name of ['base/host.json', 'kernel/b.json', 'lib64/a.json']) {
      const fp = snapshot(name);
      const packed = packRun(fp, meta);
      const manifest = parseRunManifest(packed.manifestBytes, 'test');
      expect(manifest.artifactType).toBe(ARTIFACT_TYPE);
      expect(manifest.config).toEqual(EMPTY_DESCRIPTOR);
      expect(sha256Digest(EMPTY_BLOB)).toBe(EMPTY_DESCRIPTOR.digest);
      expect(sha256Digest(packed.manifestBytes)).toBe(packed.digest);
      for (const layer of manifest.layers) expect(sha256Digest(packed.blobs.get(layer.digest)!)).toBe(layer.digest);
      const back = unpackRun(manifest, (d) => packed.blobs.get(d.digest)!, 'test');
      expect(back).toEqual(fp);
      // Key order too: `store get` writes the file envdiff wrote, byte for byte.
      expect(serializeFingerprint(back)).toBe(serializeFingerprint(fp));
    }
  });

  it('carries few descriptors: the envelope, one layer per large facet, one for the small facets of each scope', () => {
    const fp = runnerLike();
    const packed = packRun(fp, meta);
    const types = packed.manifest.layers.map((l) => l.mediaType);
    expect(types[0]).toBe(ENVELOPE_MEDIA_TYPE);
    expect(types.filter((t) => t === FACET_MEDIA_TYPE)).toHaveLength(2); // packages, libraries
    expect(types.filter((t) => t === FACETS_MEDIA_TYPE)).toHaveLength(1);
    expect(packed.manifest.layers).toHaveLength(4);
    // Volatile values are in the envelope only; the facet blobs hold null in their place.
    const small = packed.manifest.layers.find((l) => l.mediaType === FACETS_MEDIA_TYPE)!;
    const group = JSON.parse(gunzipSync(packed.blobs.get(small.digest)!).toString('utf8')) as Record<string, Record<string, unknown>>;
    expect(group['env']!['GITHUB_RUN_ID']).toBeNull();
    expect(group['env']!['PATH']).toBe(fp.scopes['host']!.facets.env!['PATH']);
    expect(group['resources']!['disk_free:/']).toBeNull();
    const envelope = gunzipSync(packed.blobs.get(packed.manifest.layers[0]!.digest)!).toString('utf8');
    expect(envelope).toContain('"GITHUB_RUN_ID":"1200"');
    expect(envelope).not.toContain('PATH');
  });

  it('a run differing from the previous one only in volatile facts adds its envelope and nothing else', () => {
    const a = runnerLike();
    const b = structuredClone(a);
    b.capturedAt = '2026-12-01T10:10:00.000Z';
    b.scopes['host']!.probes.packages = { status: 'ok', durationMs: 321, source: 'exec' };
    b.scopes['host']!.facets.env = { ...b.scopes['host']!.facets.env, GITHUB_RUN_ID: '1201', GITHUB_SHA: 'b'.repeat(40), HOSTNAME: 'r2' };
    b.scopes['host']!.facets.resources = { ...b.scopes['host']!.facets.resources, 'disk_free:/': 70_000_000_000, mem_available: 3 };
    b.scopes['host']!.facets.os = { ...b.scopes['host']!.facets.os, uptime_s: 99 };
    const pa = packRun(a, meta);
    const pb = packRun(b, { ...meta, run: '1201' });
    const added = [...pb.blobs.keys()].filter((d) => !pa.blobs.has(d));
    expect(added).toEqual([pb.manifest.layers[0]!.digest]);
    expect(unpackRun(pb.manifest, (d) => pb.blobs.get(d.digest)!, 'b')).toEqual(b);
    // A kernel update (same capture time): only the small-facets blob changes; packages and libraries are the same blobs.
    const c = structuredClone(b);
    c.scopes['host']!.facets.kernel = { ...c.scopes['host']!.facets.kernel, release: '6.8.0-1017-azure' };
    const pc = packRun(c, { ...meta, run: '1202' });
    const changed = pc.manifest.layers.filter((l) => !pb.blobs.has(l.digest)).map((l) => l.mediaType);
    expect(changed).toEqual([FACETS_MEDIA_TYPE]);
  });

  it('stores an unchanged facet as the same blob in another run, and a changed one as a new blob', () => {
    const a = snapshot('kernel/a.json');
    const b = snapshot('kernel/b.json');
    const pa = packRun(a, meta);
    const pb = packRun(b, { ...meta, run: '43' });
    const shared = [...pb.blobs.keys()].filter((d) => pa.blobs.has(d));
    // Only the small-facets blobs holding the kernel facets (host and image) and the envelope differ.
    expect(pb.blobs.size - shared.length).toBeGreaterThanOrEqual(2);
    expect(pb.blobs.size - shared.length).toBeLessThanOrEqual(3);
    expect(packRun(a, meta).digest).toBe(pa.digest); // deterministic bytes
  });

  it('refuses a run whose envelope lost the volatile values, instead of reading nulls', () => {
    const packed = packRun(runnerLike(), meta);
    const envelope = JSON.parse(gunzipSync(packed.blobs.get(packed.manifest.layers[0]!.digest)!).toString('utf8')) as {
      scopes: Record<string, { volatile?: unknown }>;
    };
    delete envelope.scopes['host']!.volatile;
    const bytes = gzipSync(JSON.stringify(envelope));
    const layers = [{ ...packed.manifest.layers[0]!, digest: sha256Digest(bytes), size: bytes.length }, ...packed.manifest.layers.slice(1)];
    const blobs = new Map([...packed.blobs, [sha256Digest(bytes), bytes]]);
    expect(() => unpackRun({ ...packed.manifest, layers }, (d) => blobs.get(d.digest)!, 'store#run')).toThrow(
      /store#run is not a valid envdiff fingerprint: scopes\/host\/facets\/\w+\/[\w.]+ must be/,
    );
  });

  it('keeps the blobs when the status changes, and says so in the annotations', () => {
    const packed = packRun(snapshot('kernel/a.json'), meta);
    const marked = reannotate(packed.manifest, { ...meta, status: 'pass' });
    expect(marked.digest).not.toBe(packed.digest);
    expect(marked.manifest.layers).toEqual(packed.manifest.layers);
    expect(marked.manifest.annotations?.['dev.envdiff.status']).toBe('pass');
  });

  it('refuses a manifest of another artifact type, and non-manifests', () => {
    const image = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: EMPTY_DESCRIPTOR.digest, size: 2 },
        layers: [],
      }),
    );
    expect(() => parseRunManifest(image, 'x')).toThrow(/not an envdiff fingerprint: artifact type is "application\/vnd.oci.image.config/);
    expect(() => parseRunManifest(Buffer.from('nope'), 'x')).toThrow(/not an OCI manifest/);
    expect(() => parseRunManifest(Buffer.from('{"schemaVersion":1}'), 'x')).toThrow(/not an OCI image manifest/);
  });
});

/** One host scope the size of a hosted runner's, with a CI's volatile facts. */
function runnerLike(): Fingerprint {
  const fp = realFingerprint({ packages: 2000, libraries: 3000 });
  const host = fp.scopes['host']!;
  host.facets.env = { PATH: '/usr/local/bin:/usr/bin', LANG: 'C.UTF-8', GITHUB_RUN_ID: '1200', GITHUB_SHA: 'a'.repeat(40), HOSTNAME: 'r1' };
  host.facets.resources = { cpus: 4, mem_total: 16_000_000_000, mem_available: 2, 'disk_free:/': 60_000_000_000 };
  host.facets.os = { ...host.facets.os, uptime_s: 12 };
  return fp;
}

describe('tags', () => {
  it.each([
    ['build', 'build'],
    ['CI / Build & Test', 'CI-Build-Test'],
    ['org/repo/job--x', 'org-repo-job-x'],
    ['.hidden', 'hidden'],
    ['ünïcode', 'n-code'],
    ['', '_'],
    ['a'.repeat(200), 'a'.repeat(60)],
  ])('slug(%j) = %j', (input, expected) => {
    expect(slug(input)).toBe(expected);
  });

  it('makes tags that fit the OCI grammar and name their job', () => {
    for (const [job, run] of [
      ['ci/build', '123-2'],
      ['x'.repeat(300), 'y'.repeat(300)],
      ['job', 'latest'],
      ['job', 'last-green'],
      ['--', '--'],
    ] as const) {
      const tag = runTag(job, run);
      expect(isTag(tag), tag).toBe(true);
      expect(splitTag(tag)?.job).toBe(slug(job));
      expect(tag).not.toBe(movingTag(job, 'latest'));
      expect(tag).not.toBe(movingTag(job, 'last-green'));
    }
  });
});

describe('references', () => {
  it.each([
    ['build@last-green', 'build--last-green'],
    ['ci/build@latest', 'ci-build--latest'],
    ['ci/build@1234', 'ci-build--1234'],
    [`sha256:${'a'.repeat(64)}`, `sha256:${'a'.repeat(64)}`],
  ])('%s looks up %s', (text, reference) => {
    expect(selectorReference(parseSelector(text)!)).toBe(reference);
  });

  it('tells files, stdin, store runs and registry runs apart; an existing file wins', () => {
    const none = () => false;
    expect(parseInputRef('-', none)).toEqual({ kind: 'stdin' });
    expect(parseInputRef('a.json', none)).toEqual({ kind: 'file', path: 'a.json' });
    expect(parseInputRef('build@last-green', none)).toMatchObject({ kind: 'store', selector: { job: 'build', which: 'last-green' } });
    expect(parseInputRef('build@last-green', () => true)).toEqual({ kind: 'file', path: 'build@last-green' });
    expect(parseInputRef('oci://127.0.0.1:5000/fp#build@7', none)).toMatchObject({
      kind: 'store',
      store: 'oci://127.0.0.1:5000/fp',
      selector: { which: { run: '7' } },
    });
    expect(() => parseInputRef('oci://127.0.0.1:5000/fp', none)).toThrow(/name a run after the store/);
  });
});

describe('detectCi', () => {
  it.each([
    [
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKFLOW: 'CI',
        GITHUB_JOB: 'build',
        GITHUB_RUN_ID: '99',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_SHA: 'abc',
        GITHUB_REF_NAME: 'main',
        RUNNER_NAME: 'GitHub Actions 7',
        ImageOS: 'ubuntu24',
        ImageVersion: '20261130.1',
      },
      {
        ci: 'github',
        job: 'CI/build',
        run: '99-2',
        commit: 'abc',
        branch: 'main',
        runner: 'GitHub Actions 7',
        runnerImage: 'ubuntu24/20261130.1',
      },
    ],
    [
      {
        GITLAB_CI: 'true',
        CI_PROJECT_PATH: 'g/p',
        CI_JOB_NAME: 'test',
        CI_JOB_ID: '5',
        CI_COMMIT_SHA: 'def',
        CI_COMMIT_REF_NAME: 'dev',
        CI_RUNNER_DESCRIPTION: 'shared-1',
        CI_JOB_IMAGE: 'node:20',
      },
      { ci: 'gitlab', job: 'g/p/test', run: '5', commit: 'def', branch: 'dev', runner: 'shared-1', runnerImage: 'node:20' },
    ],
    [
      {
        BUILDKITE: 'true',
        BUILDKITE_PIPELINE_SLUG: 'app',
        BUILDKITE_LABEL: ':docker: build',
        BUILDKITE_BUILD_NUMBER: '8',
        BUILDKITE_COMMIT: 'c1',
        BUILDKITE_BRANCH: 'main',
        BUILDKITE_AGENT_NAME: 'agent-1',
      },
      { ci: 'buildkite', job: 'app/:docker: build', run: '8', commit: 'c1', branch: 'main', runner: 'agent-1' },
    ],
    [
      { JENKINS_URL: 'http://j/', JOB_NAME: 'folder/job', BUILD_NUMBER: '17', GIT_COMMIT: 'c2', BRANCH_NAME: 'pr-1', NODE_NAME: 'linux-2' },
      { ci: 'jenkins', job: 'folder/job', run: '17', commit: 'c2', branch: 'pr-1', runner: 'linux-2' },
    ],
    [
      {
        CIRCLECI: 'true',
        CIRCLE_PROJECT_REPONAME: 'r',
        CIRCLE_JOB: 'build',
        CIRCLE_BUILD_NUM: '3',
        CIRCLE_SHA1: 'c3',
        CIRCLE_BRANCH: 'b',
        CIRCLE_NODE_INDEX: '0',
      },
      { ci: 'circleci', job: 'r/build', run: '3', commit: 'c3', branch: 'b', runner: 'node-0' },
    ],
    [
      {
        TF_BUILD: 'True',
        BUILD_DEFINITIONNAME: 'pipe',
        SYSTEM_JOBDISPLAYNAME: 'Build',
        BUILD_BUILDID: '11',
        BUILD_SOURCEVERSION: 'c4',
        BUILD_SOURCEBRANCHNAME: 'main',
        AGENT_NAME: 'Hosted Agent',
        ImageOS: 'ubuntu22',
        ImageVersion: '1',
      },
      { ci: 'azure', job: 'pipe/Build', run: '11', commit: 'c4', branch: 'main', runner: 'Hosted Agent', runnerImage: 'ubuntu22/1' },
    ],
  ])('%#: detects the job, run, commit, branch and runner', (env, expected) => {
    expect(detectCi(env)).toEqual(expected);
  });

  it('finds no CI on a laptop, even with a stray BUILD_NUMBER', () => {
    expect(detectCi({ HOME: '/home/me', BUILD_NUMBER: '3' })).toBeUndefined();
  });
});

describe('describeChanges', () => {
  it('names a kernel change and counts package changes', () => {
    const a = snapshot('base/host.json');
    const b = structuredClone(a);
    b.scopes['host']!.facets.kernel!['release'] = '6.8.0-1017-azure';
    a.scopes['host']!.facets.kernel!['release'] = '6.8.0-1015-azure';
    const packages = b.scopes['host']!.facets.packages!;
    const names = Object.keys(packages).slice(0, 3);
    for (const name of names) (packages[name] as { version: string }).version = '99:1.0-1';
    delete packages[Object.keys(packages)[10]!];
    expect(describeChanges(a, b)).toBe('kernel 6.8.0-1015-azure → 1017-azure; 3 packages upgraded, 1 removed');
    expect(describeChanges(a, a)).toBe('no change');
    expect(describeChanges(snapshot('binfmt/a.json'), snapshot('binfmt/b.json'))).toBe('binfmt qemu-aarch64 removed');
    // The same kernel change in the host and an image scope is said once.
    expect(describeChanges(snapshot('kernel/a.json'), snapshot('kernel/b.json'))).toBe(
      'kernel 4.4.0-103-generic → 98-generic; kernel version changed',
    );
  });

  it.each([
    ['6.8.0-1015-azure', '6.8.0-1017-azure', '6.8.0-1015-azure → 1017-azure'],
    ['4.4.0-103-generic', '4.4.0-98-generic', '4.4.0-103-generic → 98-generic'],
    ['1.0', '2.0', '1.0 → 2.0'],
    ['same', 'same', 'same → same'],
  ])('shortChange(%s, %s)', (a, b, expected) => {
    expect(shortChange(a, b)).toBe(expected);
  });
});
