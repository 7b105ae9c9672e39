/**
 * Fold fingerprints one at a time into per-fact value counts, so a fleet is read
 * as a stream: memory grows with the number of distinct facts and values, and with
 * at most MAX_LISTED_MEMBERS names per value, not with the number of fingerprints.
 * A key missing on a member whose facet was captured counts as the value "absent";
 * a facet that was not captured there counts as nothing. The tallies of consecutive
 * slices of a fleet merge into exactly the tally of the whole (`merge`), so worker
 * threads can each fold a slice (src/fleet/parallel.ts). Pure.
 */
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
export const MAX_DISTINCT_VALUES = 512;
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

/** A tally as posted between threads: structured clone keeps its Maps, Sets and shared references. */
export interface TallyData {
  members: FleetMember[];
  volatileFacts: number;
  groups: Map<string, FacetGroup>;
  volatileSeen: Set<string>;
}

export class FleetTally {
  readonly members: FleetMember[] = [];
  /** Facts that are volatile whatever their values (hostnames, run ids), counted only. */
  volatileFacts = 0;
  private readonly groups: Map<string, FacetGroup>;
  private readonly volatileSeen: Set<string>;

  constructor(data?: TallyData) {
    this.groups = data?.groups ?? new Map();
    this.volatileSeen = data?.volatileSeen ?? new Set();
    if (data) {
      for (const member of data.members) this.members.push(member);
      this.volatileFacts = data.volatileFacts;
    }
  }

  /** The tally handed over (to another thread): it is not added to afterwards. */
  toData(): TallyData {
    // The last facet objects would copy fingerprints across threads; a merged tally cannot use them anyway.
    for (const group of this.groups.values()) group.lastValues = undefined;
    return { members: this.members, volatileFacts: this.volatileFacts, groups: this.groups, volatileSeen: this.volatileSeen };
  }

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

  /**
   * Append the members `later` tallied, as if they had been added here one by one
   * after this tally's own: the result equals the tally of the whole sequence
   * (counts, first-seen order of facts and values, listed members, numbers).
   * `later` is consumed: its facts and value groups move into this tally.
   */
  merge(later: FleetTally): void {
    const offset = this.members.length;
    for (const member of later.members) this.members.push(member);
    for (const key of later.volatileSeen) {
      if (this.volatileSeen.has(key)) continue;
      this.volatileSeen.add(key);
      this.volatileFacts++;
    }
    for (const [groupKey, theirs] of later.groups) {
      let ours = this.groups.get(groupKey);
      if (!ours) {
        ours = newGroup();
        this.groups.set(groupKey, ours);
      }
      // Facts known here that `later` never saw were absent on every member of it that captured the facet.
      for (const [key, fact] of ours.facts) if (!theirs.facts.has(key)) countAbsent(fact, theirs, offset);
      for (const [key, fact] of theirs.facts) {
        const mine = ours.facts.get(key);
        if (mine) mergeFact(mine, fact, offset);
        else ours.facts.set(key, adoptFact(fact, ours, offset));
      }
      ours.captured += theirs.captured;
      ours.failing += theirs.failing;
      ours.passing += theirs.passing;
      appendMembers(ours.members, theirs.members, offset);
      ours.lastValues = undefined;
    }
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
    last && (last.value === value || (value !== undefined && last.value !== undefined && sameJson(last.value, value))) ? last : undefined;
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
 * memory bound) and keep counting members only. Whether a fact ends here depends
 * only on how many distinct values the whole fleet holds, not on their order, so
 * merged slices agree with one pass.
 */
function becomeHighCardinality(fact: FactTally): void {
  fact.highCardinality = true;
  fact.groups.clear();
  fact.numbers = undefined;
  fact.lastGroup = undefined;
}

/** `fact` (known before `later`) was absent on every member of `later` that captured its facet. */
function countAbsent(fact: FactTally, later: FacetGroup, offset: number): void {
  fact.captured += later.captured;
  fact.failing += later.failing;
  fact.passing += later.passing;
  if (fact.highCardinality) return;
  fact.numbers = undefined;
  let absent = fact.groups.get(ABSENT);
  if (!absent) {
    if (fact.groups.size >= MAX_DISTINCT_VALUES) {
      becomeHighCardinality(fact);
      return;
    }
    absent = { value: undefined, count: 0, failing: 0, passing: 0, members: [] };
    fact.groups.set(ABSENT, absent);
  }
  absent.count += later.captured;
  absent.failing += later.failing;
  absent.passing += later.passing;
  appendMembers(absent.members, later.members, offset);
  fact.lastGroup = absent;
}

/** The same fact tallied over two consecutive slices: `mine` first, then `theirs`. */
function mergeFact(mine: FactTally, theirs: FactTally, offset: number): void {
  mine.captured += theirs.captured;
  mine.failing += theirs.failing;
  mine.passing += theirs.passing;
  mine.lastSeen = theirs.lastSeen + offset;
  if (mine.highCardinality) return;
  if (theirs.highCardinality) {
    becomeHighCardinality(mine);
    return;
  }
  if (mine.numbers && theirs.numbers) {
    for (const [index, value] of theirs.numbers) mine.numbers.push([index + offset, value]);
  } else mine.numbers = undefined;
  for (const [key, group] of theirs.groups) {
    const ours = mine.groups.get(key);
    if (ours) {
      ours.count += group.count;
      ours.failing += group.failing;
      ours.passing += group.passing;
      appendMembers(ours.members, group.members, offset);
      if (theirs.lastGroup === group) mine.lastGroup = ours;
    } else {
      shiftMembers(group, offset);
      mine.groups.set(key, group);
      if (theirs.lastGroup === group) mine.lastGroup = group;
    }
  }
  if (mine.groups.size > MAX_DISTINCT_VALUES) becomeHighCardinality(mine);
}

/**
 * A fact first seen in the later slice: shift it, and when its facet was captured
 * earlier, count those earlier members as absent first, as newFact would have.
 */
function adoptFact(fact: FactTally, earlier: FacetGroup, offset: number): FactTally {
  fact.lastSeen += offset;
  if (fact.numbers) for (const pair of fact.numbers) pair[0] += offset;
  for (const group of fact.groups.values()) shiftMembers(group, offset);
  if (earlier.captured === 0) return fact;
  fact.captured += earlier.captured;
  fact.failing += earlier.failing;
  fact.passing += earlier.passing;
  fact.numbers = undefined;
  if (fact.highCardinality) return fact;
  const later = fact.groups.get(ABSENT);
  const absent: ValueGroup = {
    value: undefined,
    count: earlier.captured + (later?.count ?? 0),
    failing: earlier.failing + (later?.failing ?? 0),
    passing: earlier.passing + (later?.passing ?? 0),
    members: [...earlier.members],
  };
  if (later) appendMembers(absent.members, later.members, 0);
  // The absent value was this fact's first: it leads the first-seen order.
  const groups = new Map<string, ValueGroup>([[ABSENT, absent]]);
  for (const [key, group] of fact.groups) if (key !== ABSENT) groups.set(key, group);
  if (fact.lastGroup === later) fact.lastGroup = absent;
  fact.groups = groups;
  if (groups.size > MAX_DISTINCT_VALUES) becomeHighCardinality(fact);
  return fact;
}

function appendMembers(into: number[], from: number[], offset: number): void {
  for (let i = 0; i < from.length && into.length < MAX_LISTED_MEMBERS; i++) into.push(from[i]! + offset);
}

function shiftMembers(group: ValueGroup, offset: number): void {
  const members = group.members;
  for (let i = 0; i < members.length; i++) members[i]! += offset;
}

/**
 * Structural equality of two facet values, the one comparison made per fact and
 * member (1.7 M for 1,000 runners): diff/values.ts's sameValue without its own-key
 * checks. A key one object lacks reads as undefined or as an inherited method,
 * neither equal to a JSON value; `__proto__` keys were dropped on read.
 */
function sameJson(a: JsonValue, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      if (x !== b[i] && (typeof x !== 'object' || !sameJson(x, b[i]))) return false;
    }
    return true;
  }
  if (Array.isArray(b)) return false;
  let keys = 0;
  for (const k in a) {
    const x = a[k]!;
    if (x !== b[k] && (typeof x !== 'object' || !sameJson(x, b[k]))) return false;
    keys++;
  }
  for (const _ in b) keys--;
  return keys === 0;
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
