/** The one line a reader needs first: the most likely cause, with the counts behind it. */
import type { FleetAnalysis, FleetFinding } from './analyse.js';

export function fleetVerdict(analysis: FleetAnalysis): string {
  const top = analysis.findings[0];
  const n = analysis.members.length;
  if (!top) return `No odd runner: ${n} fingerprints agree on every fact compared`;
  if (analysis.withStatuses && top.p !== undefined) {
    const otherFailing = failingOf(analysis) - top.failing;
    const otherCount = statusKnown(analysis) - (top.failing + top.passing);
    return `Most likely: runners with ${factName(top)} = ${top.valueText} fail ${top.failing}/${top.failing + top.passing}, others ${otherFailing}/${otherCount}`;
  }
  return `Odd one out: ${top.count} of ${top.of} runners have ${factName(top)} = ${top.valueText} (others: ${top.typical?.valueText ?? 'other values'}) — ${listed(top)}`;
}

/** "kernel release" for host facts, "image:debian:12 › packages › libc6" elsewhere. */
export function factName(f: Pick<FleetFinding, 'scope' | 'facet' | 'key'>): string {
  return f.scope === 'host' ? `${f.facet} › ${f.key}` : `${f.scope} › ${f.facet} › ${f.key}`;
}

/** "runner-05, runner-12 ×3, … +4 more": a runner with several runs is named once. */
export function listed(f: FleetFinding, most = 5): string {
  const runs = new Map<string, number>();
  for (const label of f.members) runs.set(label, (runs.get(label) ?? 0) + 1);
  const names = [...runs].map(([label, n]) => (n > 1 ? `${label} ×${n}` : label));
  const shown = names.slice(0, most).join(', ');
  const more = names.length - Math.min(names.length, most) + Math.max(0, f.count - f.members.length);
  return more > 0 ? `${shown} +${more} more` : shown;
}

function failingOf(a: FleetAnalysis): number {
  return a.members.filter((m) => m.status === 'fail').length;
}

function statusKnown(a: FleetAnalysis): number {
  return a.members.filter((m) => m.status !== 'unknown').length;
}
