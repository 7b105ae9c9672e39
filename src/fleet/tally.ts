/**
 * Fold fingerprints one at a time into per-fact value counts, so a fleet is read
 * as a stream: memory grows with the number of distinct facts and values, and with
 * at most MAX_LISTED_MEMBERS names per value, not with the number of fingerprints.
 * A key missing on a member whose facet was captured counts as the value "absent";
 * a facet that was not captured there counts as nothing. Pure.
 */
import { sameValue } from '../diff/values.js';
import { volatileFact } from '../diff/volatile.js';
import type { FacetValue, Fingerprint, JsonValue } from '../fingerprint/types.js';
import { fleetScopeName } from './scope-pairing.js';
import type { FactTally, FleetMember, ValueGroup } from './types.js';

/** Names kept per value: enough to act on ("runner-12, runner-31, …"). */
export const MAX_LISTED_MEMBERS = 256;
/** Distinct values per fact before it counts as per-host noise (ids, timestamps). */
const MAX_DISTINCT_VALUES = 512;
const ABSENT = '\u0000absent';

interface FacetGroup {
  facts: Map<string, FactTally>;
  captured: number;
  failing: number;
  passing: number;
  /** Captured members, at most MAX_LISTED_MEMBERS, for absent values found late. */
  members: number[];
}

export class FleetTally {
  readonly members: FleetMember[] = [];
  /** Facts that are volatile whatever their values (hostnames, run ids), counted only. */
  volatileFacts = 0;
  private readonly groups = new Map<string, FacetGroup>();
  private readonly volatileSeen = new Set<string>();

  add(fingerprint: Fingerprint, member: FleetMember): void {
    const index = this.members.push(member) - 1;
    for (const [scopeName, scope] of Object.entries(fingerprint.scopes)) {
      const scopeLabel = fleetScopeName(scopeName, scope);
      for (const [facet, values] of Object.entries(scope.facets)) {
        if (!values) continue;
        const status = scope.probes[facet as keyof typeof scope.probes]?.status;
        if (status !== undefined && status !== 'ok') continue;
        this.addFacet(index, member, scopeLabel, facet, values);
      }
    }
  }

  /** Every fact seen, in the order first seen. */
  facts(): FactTally[] {
    return [...this.groups.values()].flatMap((g) => [...g.facts.values()]);
  }

  private addFacet(index: number, member: FleetMember, scope: string, facet: string, values: Record<string, FacetValue>): void {
    const groupKey = `${scope}\u0000${facet}`;
    let group = this.groups.get(groupKey);
    if (!group) {
      group = { facts: new Map(), captured: 0, failing: 0, passing: 0, members: [] };
      this.groups.set(groupKey, group);
    }
    let present = 0;
    for (const key in values) {
      const value = values[key]!;
      let fact = group.facts.get(key);
      if (!fact) {
        if (isAlwaysVolatile(facet, key)) {
          if (!this.volatileSeen.has(`${groupKey}\u0000${key}`)) {
            this.volatileSeen.add(`${groupKey}\u0000${key}`);
            this.volatileFacts++;
          }
          continue;
        }
        fact = newFact(scope, facet, key, group);
        group.facts.set(key, fact);
      }
      present++;
      fact.lastSeen = index;
      count(fact, value, index, member);
    }
    // Keys this member lacks although its facet was captured: "absent" here.
    if (present < group.facts.size) {
      for (const fact of group.facts.values()) if (fact.lastSeen !== index) count(fact, undefined, index, member);
    }
    group.captured++;
    if (member.status === 'fail') group.failing++;
    if (member.status === 'pass') group.passing++;
    if (group.members.length < MAX_LISTED_MEMBERS) group.members.push(index);
  }
}

/** A fact first seen now was absent on every member that captured its facet before. */
function newFact(scope: string, facet: string, key: string, group: FacetGroup): FactTally {
  const fact: FactTally = {
    scope,
    facet,
    key,
    groups: new Map(),
    captured: group.captured,
    failing: group.failing,
    passing: group.passing,
    numbers: group.captured === 0 ? [] : undefined,
    highCardinality: false,
    lastSeen: -1,
    lastGroup: undefined,
  };
  if (group.captured > 0) {
    const absent: ValueGroup = {
      value: undefined,
      count: group.captured,
      failing: group.failing,
      passing: group.passing,
      members: [...group.members],
    };
    fact.groups.set(ABSENT, absent);
    fact.lastGroup = absent;
  }
  return fact;
}

function count(fact: FactTally, value: FacetValue | undefined, index: number, member: FleetMember): void {
  fact.captured++;
  if (member.status === 'fail') fact.failing++;
  if (member.status === 'pass') fact.passing++;
  if (fact.numbers) {
    if (typeof value === 'number') fact.numbers.push([index, value]);
    else fact.numbers = undefined;
  }
  // Most members hold the value the previous one held: compare before keying it.
  const last = fact.lastGroup;
  let group =
    last && (last.value === value || (value !== undefined && last.value !== undefined && sameValue(last.value, value))) ? last : undefined;
  if (!group) {
    const key = value === undefined ? ABSENT : valueKey(value);
    group = fact.groups.get(key);
  }
  if (!group) {
    if (fact.groups.size >= MAX_DISTINCT_VALUES) {
      fact.highCardinality = true;
      return;
    }
    group = { value, count: 0, failing: 0, passing: 0, members: [] };
    fact.groups.set(value === undefined ? ABSENT : valueKey(value), group);
  }
  fact.lastGroup = group;
  group.count++;
  if (member.status === 'fail') group.failing++;
  if (member.status === 'pass') group.passing++;
  if (group.members.length < MAX_LISTED_MEMBERS) group.members.push(index);
}

/** Volatile whatever the values (no value condition in the table): never a fleet finding. */
function isAlwaysVolatile(facet: string, key: string): boolean {
  const fact = volatileFact(facet, key, undefined, undefined);
  return fact !== undefined && fact.when === undefined;
}

/** Equal values, equal keys: sets compare as sets, objects by their sorted fields. */
export function valueKey(value: FacetValue): string {
  if (typeof value !== 'object') return `${typeof value}:${String(value)}`;
  if (Array.isArray(value)) return `list:${JSON.stringify([...value].sort())}`;
  return `object:${canonicalJson(value)}`;
}

function canonicalJson(value: JsonValue): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(',')}}`;
}
