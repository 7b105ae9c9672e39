/**
 * Fleet reports: text for CI logs, Markdown for PR comments and job summaries,
 * JSON (`envdiff.fleet/v1`, docs/fleet-json.md) for scripts. Pure; every
 * captured string is sanitised (text) or escaped (Markdown).
 */
import type { FleetAnalysis, FleetFinding } from '../fleet/analyse.js';
import { factName, fleetVerdict, listed } from '../fleet/verdict.js';
import { escapeMarkdown, sanitize } from './sanitize.js';

export type FleetFormat = 'text' | 'markdown' | 'json';

export interface FleetRenderOptions {
  /** Findings shown in full (default 20; JSON holds every one). */
  top?: number;
}

export function renderFleet(analysis: FleetAnalysis, format: FleetFormat, options: FleetRenderOptions = {}): string {
  const top = options.top ?? 20;
  switch (format) {
    case 'json':
      return `${JSON.stringify(fleetJson(analysis), null, 2)}\n`;
    case 'markdown':
      return fleetMarkdown(analysis, top);
    case 'text':
      return fleetText(analysis, top);
  }
}

function header(a: FleetAnalysis): string {
  const failing = a.members.filter((m) => m.status === 'fail').length;
  const passing = a.members.filter((m) => m.status === 'pass').length;
  const statuses = failing + passing > 0 ? ` (${failing} failing, ${passing} passing)` : '';
  return `${a.members.length} fingerprints${statuses} · ${a.factsCompared} facts compared · ${a.volatileFacts} volatile facts set aside`;
}

function figures(f: FleetFinding): string {
  const parts = [`${f.count} of ${f.of}`];
  if (f.p !== undefined) parts.push(`fail ${f.failing}/${f.failing + f.passing}`, `p=${pText(f.p)}`, `q=${pText(f.q ?? f.p)}`);
  if (f.robustZ !== undefined) parts.push(`z=${f.robustZ}`);
  return parts.join(' · ');
}

function relatedText(f: FleetFinding, most = 6): string {
  const shown = f.related.slice(0, most).map((r) => `${factName(r)} = ${r.valueText}`);
  const more = f.related.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; +${more} more` : shown.join('; ');
}

function pText(p: number): string {
  return p < 0.001 ? p.toExponential(1) : p.toFixed(3);
}

function fleetText(a: FleetAnalysis, top: number): string {
  const out = [sanitize(fleetVerdict(a)), `  ${header(a)}`];
  const shown = a.findings.slice(0, top);
  shown.forEach((f, i) => {
    out.push('', `${i + 1}. ${sanitize(factName(f))} = ${sanitize(f.valueText)}   (${figures(f)})`);
    if (f.typical) out.push(`   others: ${sanitize(f.typical.valueText)} (${f.typical.count})`);
    out.push(`   runners: ${sanitize(listed(f, 8))}`);
    if (f.related.length > 0) out.push(`   same runners also differ in: ${sanitize(relatedText(f))}`);
    for (const r of f.reasons.filter((r) => r.source === 'log').slice(0, 2)) {
      out.push(`   - ${sanitize(r.text)}`);
      if (r.quote) out.push(`       line ${r.quote.number}: ${sanitize(r.quote.text)}`);
    }
  });
  const hidden = a.findings.length - shown.length;
  if (hidden > 0) out.push('', `... and ${hidden} more finding${hidden === 1 ? '' : 's'} (--top N, or --format json)`);
  return `${out.join('\n')}\n`;
}

function fleetMarkdown(a: FleetAnalysis, top: number): string {
  const out = [`### envdiff fleet: ${escapeMarkdown(fleetVerdict(a))}`, '', escapeMarkdown(header(a)), ''];
  const shown = a.findings.slice(0, top);
  if (shown.length > 0) {
    out.push('| # | fact | value | runners | figures | others | same runners also |', '|---:|---|---|---|---|---|---|');
    shown.forEach((f, i) => {
      const others = f.typical ? `${escapeMarkdown(f.typical.valueText)} (${f.typical.count})` : '';
      out.push(
        `| ${i + 1} | ${escapeMarkdown(factName(f))} | ${escapeMarkdown(f.valueText)} | ${escapeMarkdown(listed(f, 5))} | ${escapeMarkdown(figures(f))} | ${others} | ${escapeMarkdown(relatedText(f, 3))} |`,
      );
    });
  }
  const hidden = a.findings.length - shown.length;
  if (hidden > 0) out.push('', `… and ${hidden} more.`);
  return `${out.join('\n')}\n`;
}

export function fleetJson(a: FleetAnalysis): object {
  return {
    schema: 'envdiff.fleet/v1',
    verdict: fleetVerdict(a),
    members: a.members.map((m) => ({ label: m.label, status: m.status, source: m.source })),
    factsCompared: a.factsCompared,
    volatileFacts: a.volatileFacts,
    withStatuses: a.withStatuses,
    findings: a.findings.map((f, i) => ({
      rank: i + 1,
      scope: f.scope,
      facet: f.facet,
      key: f.key,
      value: f.value ?? null,
      valueText: f.valueText,
      count: f.count,
      of: f.of,
      failing: f.failing,
      passing: f.passing,
      members: f.members,
      typical: f.typical ? { value: f.typical.value ?? null, valueText: f.typical.valueText, count: f.typical.count } : null,
      outlier: f.outlier,
      ...(f.robustZ !== undefined ? { robustZ: f.robustZ } : {}),
      ...(f.p !== undefined ? { p: f.p, q: f.q ?? f.p } : {}),
      modelScore: f.modelScore,
      strength: f.strength,
      reasons: f.reasons,
      related: f.related,
      distribution: f.distribution,
      pair: f.pair ? { odd: a.members[f.pair.odd]!.label, typical: a.members[f.pair.typical]!.label } : null,
    })),
  };
}
