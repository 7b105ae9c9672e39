/** action.yml and the GitLab template against their published schemas (schema/vendor/README.md). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function validator(schemaPath: string) {
  // Formats are not asserted (no ajv-formats): the schemas use them as hints only.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(JSON.parse(read(schemaPath)));
}

describe('published schemas', () => {
  const action = validator('schema/vendor/github-action.schema.json');
  const gitlab = validator('schema/vendor/gitlab-ci.schema.json');

  it('action.yml is a valid GitHub Action (composite)', () => {
    const doc = parse(read('action.yml'));
    expect(action(doc), JSON.stringify(action.errors)).toBe(true);
    expect(doc.runs.using).toBe('composite');
  });

  it('templates/envdiff.yml is a valid .gitlab-ci.yml, and so is a job extending .envdiff', () => {
    const doc = parse(read('templates/envdiff.yml'));
    expect(gitlab(doc), JSON.stringify(gitlab.errors)).toBe(true);
    // Hidden keys (.envdiff) may hold anything; a job made from it (what `extends:` yields) is checked in full.
    const job = { build: { ...doc['.envdiff'], script: ['make 2>&1 | tee build.log'] } };
    expect(gitlab(job), JSON.stringify(gitlab.errors)).toBe(true);
  });

  // The validators must be able to say no, or the two tests above prove nothing.
  it.each([
    ['action without runs', 'github', { name: 'x', description: 'y' }],
    ['composite step without shell', 'github', { name: 'x', description: 'y', runs: { using: 'composite', steps: [{ run: 'true' }] } }],
    ['job with a misspelt keyword', 'gitlab', { build: { before_scrip: ['true'], script: ['true'] } }],
    ['artifacts when: sometimes', 'gitlab', { build: { script: ['true'], artifacts: { when: 'sometimes' } } }],
  ])('rejects %s', (_, which, doc) => {
    expect((which === 'github' ? action : gitlab)(doc)).toBe(false);
  });
});
