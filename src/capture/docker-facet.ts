/**
 * The host's `docker` facet: daemon facts that change builds, from GET /info and
 * GET /version, plus which engine answered (`engine`: docker or podman) so a
 * Docker-vs-Podman pair reads as one fact, and the buildx plugin's versions.
 */
import type { Facet } from '../fingerprint/types.js';
import { buildxVersions } from './buildx.js';
import type { Engine } from './engine.js';

/** Subset of GET /info read here (typed loosely: fields vary across engine versions). */
export type EngineInfo = Record<string, unknown>;
export type EngineVersion = {
  Version?: string;
  ApiVersion?: string;
  MinAPIVersion?: string;
  Platform?: { Name?: string };
  Components?: Array<{ Name?: string; Version?: string }>;
};

export async function captureDockerFacet(engine: Engine, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<Facet> {
  const limits = signal ? { signal } : {};
  const [info, version, buildx] = await Promise.all([
    engine.get<EngineInfo>('/info', limits),
    engine.get<EngineVersion>('/version', limits),
    buildxVersions(env),
  ]);
  const facet = dockerFacetFromEngine(info, version);
  if (buildx.buildx) facet['buildx_version'] = buildx.buildx;
  if (buildx.buildkit && facet['buildkit_version'] === undefined) facet['buildkit_version'] = buildx.buildkit;
  return facet;
}

/** docker or podman: Podman names itself in /version's components or platform. */
export function engineKind(version: EngineVersion): 'docker' | 'podman' {
  const names = [version.Platform?.Name, ...(version.Components ?? []).map((c) => c.Name)];
  return names.some((n) => typeof n === 'string' && /podman/i.test(n)) ? 'podman' : 'docker';
}

/** Engines disagree on architecture names (Docker: x86_64, Podman: amd64): the kernel's names. */
const ARCH = { amd64: 'x86_64', arm64: 'aarch64' } as Record<string, string>;

/** Pure: the docker facet from /info and /version answers. */
export function dockerFacetFromEngine(info: EngineInfo, version: EngineVersion): Facet {
  const facet: Facet = {};
  const str = (key: string, value: unknown) => {
    if (typeof value === 'string' && value !== '') facet[key] = value;
  };
  facet['engine'] = engineKind(version);
  str('server_version', version.Version ?? info['ServerVersion']);
  str('api_version', version.ApiVersion);
  str('min_api_version', version.MinAPIVersion);
  str('storage_driver', info['Driver']);
  const driverStatus = Array.isArray(info['DriverStatus']) ? (info['DriverStatus'] as unknown[][]) : [];
  const status = (name: string) => driverStatus.find((row) => Array.isArray(row) && row[0] === name)?.[1];
  str('backing_fs', status('Backing Filesystem'));
  // overlay2 on xfs without d_type corrupts builds; the engine says whether it has it.
  const dType = status('Supports d_type');
  if (dType === 'true' || dType === 'false') facet['d_type'] = dType === 'true';
  str('cgroup_driver', info['CgroupDriver']);
  str('cgroup_version', info['CgroupVersion']);
  const component = (name: string) => version.Components?.find((c) => c.Name?.toLowerCase() === name)?.Version;
  str('runc_version', component('runc'));
  str('containerd_version', component('containerd'));
  str('buildkit_version', component('buildkit'));
  str('default_runtime', info['DefaultRuntime']);
  if (info['Runtimes'] && typeof info['Runtimes'] === 'object') facet['runtimes'] = Object.keys(info['Runtimes']).sort();
  if (Array.isArray(info['SecurityOptions'])) facet['security_options'] = (info['SecurityOptions'] as unknown[]).map(String).sort();
  if (typeof info['MemTotal'] === 'number') facet['mem_total'] = info['MemTotal'];
  if (typeof info['NCPU'] === 'number') facet['ncpu'] = info['NCPU'];
  str('os_type', info['OSType']);
  const arch = info['Architecture'];
  str('architecture', typeof arch === 'string' ? (ARCH[arch] ?? arch) : undefined);
  str('kernel_version', info['KernelVersion']);
  str('operating_system', info['OperatingSystem']);
  str('root_dir', info['DockerRootDir']);
  str('http_proxy', info['HttpProxy']);
  str('https_proxy', info['HttpsProxy']);
  str('no_proxy', info['NoProxy']);
  const registry = info['RegistryConfig'] as { Mirrors?: unknown; IndexConfigs?: Record<string, { Secure?: boolean }> } | undefined;
  if (registry && Array.isArray(registry.Mirrors)) facet['registry_mirrors'] = registry.Mirrors.map(String);
  if (registry?.IndexConfigs && typeof registry.IndexConfigs === 'object') {
    facet['insecure_registries'] = Object.entries(registry.IndexConfigs)
      .filter(([, c]) => c?.Secure === false)
      .map(([name]) => name)
      .sort();
  }
  if (typeof info['Experimental'] === 'boolean') facet['experimental'] = info['Experimental'];
  if (typeof info['LiveRestoreEnabled'] === 'boolean') facet['live_restore'] = info['LiveRestoreEnabled'];
  return facet;
}
