/**
 * The buildx CLI plugin's version and, where its default builder says, the
 * BuildKit version it builds with. Not engine facts: the plugin binary is asked
 * directly, through the one command runner (run-command.ts), bounded in time and bytes.
 */
import { constants } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { exists } from './endpoints.js';
import { commandOutput } from './run-command.js';

const PLUGIN_BUDGET_MS = 3_000;
const PLUGIN_OUTPUT_BYTES = 64 * 1024;

export async function buildxVersions(env: NodeJS.ProcessEnv): Promise<{ buildx?: string; buildkit?: string }> {
  const dirs = [
    ...(env['DOCKER_CONFIG'] ? [join(env['DOCKER_CONFIG'], 'cli-plugins')] : []),
    join(env['HOME'] || homedir(), '.docker', 'cli-plugins'),
    '/usr/local/lib/docker/cli-plugins',
    '/usr/local/libexec/docker/cli-plugins',
    '/usr/lib/docker/cli-plugins',
    '/usr/libexec/docker/cli-plugins',
  ];
  for (const dir of dirs) {
    const plugin = join(dir, 'docker-buildx');
    if (!(await exists(plugin, constants.X_OK))) continue;
    // A CLI plugin is called with its command name first, as the docker CLI does.
    const [version, inspect] = await Promise.all([ask(plugin, ['buildx', 'version'], env), ask(plugin, ['buildx', 'inspect'], env)]);
    // "github.com/docker/buildx v0.12.1 30feaa1"; "BuildKit version: v0.12.5"
    const buildx = /\bv?(\d+\.\d+\.\d+[^\s]*)/.exec(version)?.[1];
    const buildkit = /^\s*BuildKit(?: version)?:\s*v?(\d+\.\d+\.\d+\S*)/im.exec(inspect)?.[1];
    return { ...(buildx ? { buildx } : {}), ...(buildkit ? { buildkit } : {}) };
  }
  return {};
}

function ask(plugin: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return commandOutput(plugin, args, { env, timeoutMs: PLUGIN_BUDGET_MS, maxOutputBytes: PLUGIN_OUTPUT_BYTES });
}
