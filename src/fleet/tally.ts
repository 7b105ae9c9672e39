/**
 * Fold fingerprints one at a time into per-fact value counts, so a fleet is read
 * as a stream: memory grows with the number of distinct facts and values, and with
 * at most MAX_LISTED_MEMBERS names per value, not with the number of fingerprints.
 * A key missing on a member whose facet was captured counts as the value "absent";
 * a facet that was not captured there counts as nothing. A facet handed over as
 * the very object the previous member held (src/fleet/member-text.ts does for
 * unchanged facets) repeats its counts without a comparison. Pure.
 */
import { sameValue } from '../diff/values.js';
import { volatileFact } from '../diff/volatile.js';
import type { FacetValue, Fingerprint, JsonValue } from '../fingerprint/types.js';
import { fleetScopeName } from './scope-pairing.js';
import type { FactTally, FleetMember, RunStatus, ValueGroup } from './types.js';

/** Names kept per value: enough to act on ("runner-12, runner-31, …"). */
export const MAX_LISTED_MEMBERS = 256;
/**
 * Distinct values per fact before it counts as per-host noise (ids, timestamps):
 * past it the fact keeps its counts only (its values are never analysed).
 */
const MAX_DISTINCT_VALUES = 512;
const ABSENT = '\u0000absent';

/** A facet (scope/facet) as captured across the fleet. */
interface FacetGroup {
  facts: Map<string, FactTally>;
  captured: number;
  failing: number;
  passing: number;
  /** Captured members, at most MAX_LISTED_MEMBERS, for absent values found late. */
  members: number[];
  /**
   * The facet object the last member that captured it held, and that member. When
   * a member's facet is that very object (src/fleet/member-text.ts hands over the
   * remembered object for an unchanged facet), every fact repeats its last value
   * without being looked at.
   */
  lastValues: Record<string, FacetValue> | undefined;
  lastIndex: number;
}

export class FleetTally {
  readonly members: FleetMember[] = [];
  /** Facts that are volatile whatever their values (hostnames, run ids), counted only. */
  volatileFacts = 0;
  private readonly groups = new Map<string, FacetGroup>();
  private readonly volatileSeen = new Set<string>();

  add(fingerprint: Fingerprint, member: FleetMember): void {
    const index = this.members.push(member) - 1;
    const scopes = fingerprint.scopes;
    for (const scopeName in scopes) {
      const scope = scopes[scopeName]!;
      const scopeLabel = fleetScopeName(scopeName, scope);
      const facets = scope.facets;
      for (const facet in facets) {
        const values = facets[facet as keyof typeof facets];
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
      group = newGroup();
      this.groups.set(groupKey, group);
    }
    if (values === group.lastValues && group.lastIndex !== index) repeatFacet(group, index, member.status);
    else this.countFacet(group, index, member, scope, facet, values);
    group.captured++;
    if (member.status === 'fail') group.failing++;
    if (member.status === 'pass') group.passing++;
    if (group.members.length < MAX_LISTED_MEMBERS) group.members.push(index);
    group.lastValues = values;
    group.lastIndex = index;
  }

  private countFacet(
    group: FacetGroup,
    index: number,
    member: FleetMember,
    scope: string,
    facet: string,
    values: Record<string, FacetValue>,
  ): void {
    const facts = group.facts;
    let present = 0;
    for (const key in values) {
      let fact = facts.get(key);
      if (!fact) {
        if (isAlwaysVolatile(facet, key)) {
          const seen = `${scope}\u0000${facet}\u0000${key}`;
          if (!this.volatileSeen.has(seen)) {
            this.volatileSeen.add(seen);
            this.volatileFacts++;
          }
          continue;
        }
        fact = newFact(scope, facet, key, group);
        facts.set(key, fact);
      }
      present++;
      fact.lastSeen = index;
      count(fact, values[key], index, member);
    }
    // Keys this member lacks although its facet was captured: "absent" here.
    if (present < facts.size) {
      for (const fact of facts.values()) if (fact.lastSeen !== index) count(fact, undefined, index, member);
    }
  }
}

function newGroup(): FacetGroup {
  return { facts: new Map(), captured: 0, failing: 0, passing: 0, members: [], lastValues: undefined, lastIndex: -1 };
}

/**
 * This member's facet is the previous capturing member's, object for object: each
 * fact takes the value (or absence) it had there — its last group, the one `count`
 * would find by comparing.
 */
function repeatFacet(group: FacetGroup, index: number, status: RunStatus): void {
  const previous = group.lastIndex;
  for (const fact of group.facts.values()) {
    fact.captured++;
    if (status === 'fail') fact.failing++;
    else if (status === 'pass') fact.passing++;
    if (fact.lastSeen === previous) fact.lastSeen = index;
    if (fact.highCardinality) continue;
    const numbers = fact.numbers;
    if (numbers) numbers.push([index, numbers[numbers.length - 1]![1]]);
    const last = fact.lastGroup!;
    last.count++;
    if (status === 'fail') last.failing++;
    else if (status === 'pass') last.passing++;
    if (last.members.length < MAX_LISTED_MEMBERS) last.members.push(index);
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
  const status = member.status;
  if (status === 'fail') fact.failing++;
  else if (status === 'pass') fact.passing++;
  if (fact.highCardinality) return;
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
    if (!group) {
      if (fact.groups.size >= MAX_DISTINCT_VALUES) {
        becomeHighCardinality(fact);
        return;
      }
      group = { value, count: 0, failing: 0, passing: 0, members: [] };
      fact.groups.set(key, group);
    }
  }
  fact.lastGroup = group;
  group.count++;
  if (status === 'fail') group.failing++;
  else if (status === 'pass') group.passing++;
  if (group.members.length < MAX_LISTED_MEMBERS) group.members.push(index);
}

/**
 * Past MAX_DISTINCT_VALUES the values are noise the analysis skips: drop them (the
 * memory bound) and keep counting members only, so a repeated facet has no stale
 * last group to count into.
 */
function becomeHighCardinality(fact: FactTally): void {
  fact.highCardinality = true;
  fact.groups.clear();
  fact.numbers = undefined;
  fact.lastGroup = undefined;
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
