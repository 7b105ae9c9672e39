/**
 * Scopes pair across hosts by what they hold, not by what they are called: a
 * container's name is random per run (`keen_thompson`), its image is not.
 */
import type { Scope } from '../fingerprint/types.js';

export function fleetScopeName(name: string, scope: Scope): string {
  if (scope.kind !== 'container') return name;
  const images = Object.keys(scope.facets.images ?? {});
  return images.length === 1 ? `container of ${images[0]}` : name;
}
