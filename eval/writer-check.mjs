// Checks a blind writer's case file (eval/WRITER.md): node check.mjs FILE. Copied to /work/corpus/check.mjs
// for a round (eval/README.md, "Running a round"); it compares sources with the repository's cases.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2];
const problems = [];
const say = (id, msg) => problems.push(`${id}: ${msg}`);

// Host names of the registries this machine reaches, read at run time (never written down).
const hosts = new Set();
for (const f of ['/etc/apt/sources.list', ...safeList('/etc/apt/sources.list.d').map((n) => `/etc/apt/sources.list.d/${n}`)]) {
  let text = '';
  try {
    text = readFileSync(f, 'utf8');
  } catch {}
  for (const m of text.matchAll(/https?:\/\/([^/\s]+)/g)) hosts.add(m[1]);
}
try {
  const reg = execSync('npm config get registry', { encoding: 'utf8' }).trim();
  const m = /https?:\/\/([^/\s]+)/.exec(reg);
  if (m) hosts.add(m[1]);
} catch {}

function safeList(d) {
  try {
    return readdirSync(d);
  } catch {
    return [];
  }
}

// Sources the corpus already has: the repository's cases (this file's folder when run from eval/, else
// EVAL_DIR), so that a copy outside the repository still knows them.
const evalDir = process.env.EVAL_DIR ?? (existsDir(join(here(), 'cases')) ? here() : '/work/main/eval');
const old = new Set();
for (const dir of [join(evalDir, 'cases'), join(evalDir, 'holdout')]) {
  for (const name of safeList(dir).filter((n) => n.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    if (Array.isArray(data)) for (const c of data) if (typeof c?.source === 'string') old.add(c.source);
  }
}

function here() {
  return dirname(fileURLToPath(import.meta.url));
}

function existsDir(d) {
  return safeList(d).length > 0;
}

let cases;
try {
  cases = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.log(`not valid JSON: ${e.message}`);
  process.exit(1);
}
if (!Array.isArray(cases)) {
  console.log('top level must be an array');
  process.exit(1);
}
const ids = new Set();
const sources = new Set();
const scopeOk = (s) => s === 'host' || /^(image|container):\S+$/.test(s);
const entryOk = (id, e, where, withValues) => {
  if (!e || typeof e !== 'object') return say(id, `${where}: not an object`);
  if (!scopeOk(e.scope)) say(id, `${where}: bad scope ${JSON.stringify(e.scope)}`);
  if (typeof e.facet !== 'string' || !/^[a-z_]+$/.test(e.facet)) say(id, `${where}: bad facet ${JSON.stringify(e.facet)}`);
  if (typeof e.key !== 'string' || e.key === '') say(id, `${where}: bad key`);
  if (withValues) {
    if (!('a' in e) || !('b' in e)) say(id, `${where}: needs both a and b (null when absent)`);
    else if (JSON.stringify(e.a) === JSON.stringify(e.b)) say(id, `${where}: a and b are equal`);
    else if (e.a === null && e.b === null) say(id, `${where}: a and b both null`);
  }
};
for (const c of cases) {
  const id = c?.id ?? '(no id)';
  if (typeof c.id !== 'string' || !/^b\d+[a-z]-[a-z0-9-]+$/.test(c.id)) say(id, 'id must be prefix-slug, e.g. b94a-some-slug');
  if (ids.has(id)) say(id, 'duplicate id');
  ids.add(id);
  if (typeof c.source !== 'string' || c.source.length < 5) say(id, 'missing source');
  else {
    if (old.has(c.source)) say(id, `source ${c.source} already used by the corpus`);
    if (sources.has(c.source)) say(id, `source ${c.source} used twice in this file`);
    sources.add(c.source);
    if (!/^[\w.-]+\/[\w.-]+#\d+$/.test(c.source) && !/^https?:\/\//.test(c.source)) say(id, 'source must be owner/repo#N or a URL');
  }
  if (typeof c.log !== 'string') say(id, 'log must be a string');
  else {
    const n = c.log.split('\n').length;
    if (n < 3 || n > 40) say(id, `log has ${n} lines (3-40)`);
    for (const h of hosts)
      if (c.log.toLowerCase().includes(h.toLowerCase())) say(id, 'log names a real package registry host; use an example name');
  }
  if (!Array.isArray(c.changes) || c.changes.length < 1 || c.changes.length > 3) say(id, 'changes: 1-3 entries');
  else for (const [i, e] of c.changes.entries()) entryOk(id, e, `changes[${i}]`, true);
  if (!Array.isArray(c.noise) || c.noise.length < 2 || c.noise.length > 5) say(id, 'noise: 2-5 entries');
  else for (const [i, e] of c.noise.entries()) entryOk(id, e, `noise[${i}]`, true);
  if (!Array.isArray(c.expect) || c.expect.length < 1) say(id, 'expect: at least 1 entry');
  else
    for (const [i, e] of c.expect.entries()) {
      entryOk(id, e, `expect[${i}]`, false);
      const hit = (c.changes ?? []).some((x) => x.scope === e.scope && x.facet === e.facet && x.key === e.key);
      if (!hit) say(id, `expect[${i}] is not one of the changes`);
    }
  const all = [...(c.changes ?? []), ...(c.noise ?? [])];
  const seen = new Set();
  for (const e of all) {
    const k = `${e?.scope}|${e?.facet}|${e?.key}`;
    if (seen.has(k)) say(id, `difference ${k} listed twice`);
    seen.add(k);
  }
  const body = JSON.stringify(c);
  for (const h of hosts)
    if (body.toLowerCase().includes(h.toLowerCase())) say(id, 'case names a real package registry host; use an example name');
}
for (const p of problems) console.log(p);
console.log(`${cases.length} cases, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
