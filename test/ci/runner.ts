/**
 * Runs a composite action's steps the way the GitHub Actions runner does, on this
 * machine: inputs with their defaults, each step's `if`, `${{ }}` expressions in
 * `env` and `run`, the script through `bash --noprofile --norc -e -o pipefail`,
 * a fresh $GITHUB_OUTPUT file per step, and the action's outputs from its steps'.
 * Only the expression subset action.yml uses is understood; anything else throws,
 * so a new expression cannot be silently mis-evaluated.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ActionFile {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

interface Step {
  id?: string;
  name?: string;
  if?: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}

export interface RunnerJob {
  /** The runner's variables: GITHUB_OUTPUT is made per step; the rest is given. */
  env: Record<string, string>;
  github: Record<string, string>;
  runner: Record<string, string>;
  job: { status: string };
  workspace: string;
  outputDir: string;
}

export interface ActionRun {
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  steps: { id: string; ran: boolean; code: number }[];
}

export function loadAction(path: string): ActionFile {
  return parse(readFileSync(path, 'utf8')) as ActionFile;
}

type Context = Record<string, unknown>;

/** Evaluate one expression (the part between `${{` and `}}`). */
export function evaluate(expression: string, context: Context, status: { failed: boolean }): unknown {
  const tokens = expression.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[()!]|[A-Za-z_][\w.-]*(?:\(\))?|\S/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const primary = (): unknown => {
    const t = next();
    if (t === undefined) throw new Error(`unexpected end of ${expression}`);
    if (t === '(') {
      const v = or();
      if (next() !== ')') throw new Error(`missing ) in ${expression}`);
      return v;
    }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (t === 'always()') return true;
    if (t === 'success()') return !status.failed;
    if (t === 'failure()') return status.failed;
    if (t === 'true' || t === 'false') return t === 'true';
    if (/^[A-Za-z_][\w.-]*$/.test(t)) {
      let value: unknown = context;
      for (const part of t.split('.')) {
        if (value === null || typeof value !== 'object' || !(part in (value as object))) {
          if (t.startsWith('steps.') || t.startsWith('inputs.')) return '';
          throw new Error(`unknown context ${t} in ${expression}`);
        }
        value = (value as Record<string, unknown>)[part];
      }
      return value;
    }
    throw new Error(`unsupported token ${t} in ${expression}`);
  };
  const comparison = (): unknown => {
    const left = primary();
    const op = peek();
    if (op === '==' || op === '!=') {
      next();
      const right = primary();
      const equal = String(left).toLowerCase() === String(right).toLowerCase();
      return op === '==' ? equal : !equal;
    }
    return left;
  };
  const and = (): unknown => {
    let v = comparison();
    while (peek() === '&&') {
      next();
      const r = comparison();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const or = (): unknown => {
    let v = and();
    while (peek() === '||') {
      next();
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  const value = or();
  if (i !== tokens.length) throw new Error(`unexpected ${peek()} in ${expression}`);
  return value;
}

function truthy(v: unknown): boolean {
  return v !== '' && v !== false && v !== null && v !== undefined && v !== 0;
}

function interpolate(text: string, context: Context, status = { failed: false }): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => String(evaluate(e.trim(), context, status) ?? ''));
}

/** A step's `if`: a bare expression; without a status function, success() && is implied. */
function shouldRun(condition: string | undefined, context: Context, status: { failed: boolean }): boolean {
  if (condition === undefined) return !status.failed;
  const expression = condition.replace(/^\$\{\{(.*)\}\}$/s, '$1').trim();
  const withStatus = /\b(?:always|success|failure|cancelled)\(\)/.test(expression) ? expression : `success() && (${expression})`;
  return truthy(evaluate(withStatus, context, status));
}

/** GITHUB_OUTPUT's two forms: `name=value` and `name<<DELIMITER` … `DELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      if (end < 0) throw new Error(`unterminated ${heredoc[1]} in GITHUB_OUTPUT`);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

export async function runAction(actionPath: string, action: ActionFile, with_: Record<string, string>, job: RunnerJob): Promise<ActionRun> {
  const base: Context = { github: job.github, runner: job.runner, job: job.job, env: job.env };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (name in with_) inputs[name] = with_[name]!;
    else if (spec.required) throw new Error(`input ${name} is required`);
    else inputs[name] = interpolate(spec.default ?? '', base);
  }
  for (const name of Object.keys(with_)) if (!(name in action.inputs)) throw new Error(`unexpected input ${name}`);
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  const context: Context = { ...base, inputs, steps };
  const status = { failed: false };
  const result: ActionRun = { stdout: '', stderr: '', outputs: {}, steps: [] };
  for (const [n, step] of action.runs.steps.entries()) {
    const id = step.id ?? `__${n}`;
    if (!shouldRun(step.if, context, status)) {
      result.steps.push({ id, ran: false, code: 0 });
      continue;
    }
    if (step.shell !== 'bash') throw new Error(`shell ${step.shell} is not emulated`);
    const outputFile = join(job.outputDir, `output_${id}_${n}`);
    await writeFile(outputFile, '');
    const script = join(job.outputDir, `step_${id}_${n}.sh`);
    await writeFile(script, interpolate(step.run, context, status));
    const env: Record<string, string> = { ...job.env, GITHUB_OUTPUT: outputFile, GITHUB_ACTION_PATH: actionPath };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = interpolate(v, context, status);
    const { code, stdout, stderr } = await spawnBash(script, env, job.workspace);
    result.stdout += stdout;
    result.stderr += stderr;
    result.steps.push({ id, ran: true, code });
    if (code !== 0) status.failed = true;
    steps[id] = { outputs: parseOutputFile(await readFile(outputFile, 'utf8')) };
  }
  for (const [name, spec] of Object.entries(action.outputs)) result.outputs[name] = interpolate(spec.value, context);
  return result;
}

function spawnBash(script: string, env: Record<string, string>, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', script], { env, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
