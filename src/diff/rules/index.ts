/**
 * Facet -> rule. A facet without an entry uses the generic rule (sets, fields,
 * scalars). Each rule is a small module; this table is the only place they meet.
 */
import { genericRule } from './generic.js';
import { librariesRule } from './libraries.js';
import { packagesRule } from './packages.js';
import type { FacetRule } from './types.js';
import { versionKeysRule } from './versions.js';

export type { FacetRule, RuleFinding } from './types.js';

export const FACET_RULES: Record<string, FacetRule> = {
  packages: packagesRule,
  libraries: librariesRule,
  toolchains: versionKeysRule(() => true),
  kernel: versionKeysRule((key) => key === 'release'),
  libc: versionKeysRule((key) => key === 'version'),
  os: versionKeysRule((key) => key === 'version_id' || key === 'version'),
  docker: versionKeysRule((key) => key === 'api_version' || key.endsWith('_version')),
};

export function ruleFor(facet: string): FacetRule {
  return Object.hasOwn(FACET_RULES, facet) ? FACET_RULES[facet]! : genericRule;
}
