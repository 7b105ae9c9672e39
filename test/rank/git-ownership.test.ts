/**
 * git's ownership check (signature `git-dubious-ownership`) in both wordings:
 * git 2.35.2's "unsafe repository" and later versions' "dubious ownership", on
 * real lines from their public threads; and lines that only look alike.
 */
import { describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../src/rank/log.js';
import { lineMatches, SIGNATURES } from '../../src/rank/signatures.js';

const git = SIGNATURES.find((s) => s.id === 'git-dubious-ownership')!;
const matches = (line: string) => lineMatches(git, parseBuildLog(line).lines[0]?.body ?? '');

const REAL: Array<[string, string]> = [
  ["fatal: unsafe repository ('/github/workspace' is owned by someone else)", 'rtCamp/action-deploy-wordpress#35'],
  [
    "  Error: fatal: unsafe repository ('/__w/spinalcordtoolbox/spinalcordtoolbox' is owned by someone else)",
    'spinalcordtoolbox/spinalcordtoolbox#3769',
  ],
  ["fatal: unsafe repository ('/__w/git-katas/git-katas' is owned by someone else)", 'eficode-academy/git-katas#321'],
];

const LOOKALIKE = [
  'warning: unsafe repository settings ignored',
  "Cloning into '/github/workspace'...",
  'This file is owned by someone else; skipping',
];

describe('git ownership check', () => {
  it.each(REAL)('matches %s (%s)', (line) => {
    expect(matches(line)).toBe(true);
  });
  it.each(LOOKALIKE)('leaves alone %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
