/**
 * The fleet snapshot (snapshots/fleet): 48 runners from one real capture with the
 * variation real runners have and four planted faults. Each fault comes out first
 * when its runners are the failing ones; with no statuses, the planted faults are
 * the only findings (no false outliers among the rest).
 */
import { describe, expect, it } from 'vitest';
import { analyseFleet } from '../../src/fleet/analyse.js';
import { FleetTally } from '../../src/fleet/tally.js';
import { fleetVerdict } from '../../src/fleet/verdict.js';
import { parseBuildLog } from '../../src/rank/index.js';
import { type Fault, materialiseFleet, readFleetDescription } from '../../scripts/fleet/materialise.js';

const { description, base } = readFleetDescription();
const fleet = materialiseFleet(description, base);

function analyse(failing: string[], logs: Array<{ label?: string; text: string }> = []) {
  const tally = new FleetTally();
  for (const { name, fingerprint } of fleet) {
    tally.add(fingerprint, {
      label: name,
      status: failing.length === 0 ? 'unknown' : failing.includes(name) ? 'fail' : 'pass',
      source: name,
    });
  }
  return analyseFleet(tally, { logs: logs.map((l) => ({ ...(l.label ? { label: l.label } : {}), log: parseBuildLog(l.text) })) });
}

const planted = (fault: Fault) => fault.set.map((s) => `${s.scope}/${s.facet}/${s.key}`);
const facts = (f: { scope: string; facet: string; key: string; related: Array<{ scope: string; facet: string; key: string }> }) =>
  [f, ...f.related].map((x) => `${x.scope}/${x.facet}/${x.key}`);

describe('fleet snapshot', () => {
  it.each(description.faults.map((f) => [f.name, f] as const))(
    '%s: the planted fault comes out first when its runners fail',
    (_name, fault) => {
      const analysis = analyse(fault.runners);
      const top = analysis.findings[0]!;
      expect(planted(fault)).toContain(`${top.scope}/${top.facet}/${top.key}`);
      expect([...new Set(top.members)].sort()).toEqual([...fault.runners].sort());
      expect(top.failing).toBe(fault.runners.length);
      expect(top.passing).toBe(0);
      expect(fleetVerdict(analysis)).toMatch(
        new RegExp(
          `^Most likely: runners with .* fail ${fault.runners.length}/${fault.runners.length}, others 0/${fleet.length - fault.runners.length}$`,
        ),
      );
    },
  );

  it('without statuses, the planted faults are the only findings, each with every planted fact', () => {
    const analysis = analyse([]);
    expect(analysis.findings).toHaveLength(description.faults.length);
    for (const fault of description.faults) {
      const finding = analysis.findings.find((f) => planted(fault).includes(`${f.scope}/${f.facet}/${f.key}`));
      expect(finding, fault.name).toBeDefined();
      expect(facts(finding!).sort()).toEqual(planted(fault).sort());
      expect(finding!.outlier).toBe(true);
    }
  });

  it("joins the failing log's evidence: a log naming the lost handler lifts it above a stronger-looking split", () => {
    const binfmt = description.faults.find((f) => f.name === 'binfmt')!;
    const kernel = description.faults.find((f) => f.name === 'kernel')!;
    // Both faults' runners fail; the log says what the failure was.
    const failing = [...binfmt.runners, ...kernel.runners];
    const log = '#7 [linux/arm64 2/4] RUN uname -m\n#7 0.112 exec /bin/sh: exec format error';
    expect(analyse(failing).findings[0]!.facet).toBe('kernel');
    // The log from the binfmt runner's build speaks for it alone: the lost handler leads.
    const labelled = analyse(failing, [{ label: binfmt.runners[0]!, text: log }]).findings[0]!;
    expect(`${labelled.facet}/${labelled.key}`).toBe('binfmt/qemu-aarch64');
    expect(labelled.reasons.some((r) => r.source === 'log' && r.quote?.text.includes('exec format error'))).toBe(true);
    // Unlabelled, it speaks for every failing run (kernel updates can drop binfmt registrations too):
    // the handler rises next to the kernel split, quoting the line.
    const unlabelled = analyse(failing, [{ text: log }]).findings.slice(0, 2);
    const handler = unlabelled.find((f) => f.facet === 'binfmt');
    expect(handler?.key).toBe('qemu-aarch64');
    expect(handler?.reasons.some((r) => r.source === 'log' && r.quote?.text.includes('exec format error'))).toBe(true);
    // A log from one of the kernel runners does not speak for the binfmt runner.
    expect(analyse(failing, [{ label: kernel.runners[0]!, text: log }]).findings[0]!.facet).toBe('kernel');
  });
});
