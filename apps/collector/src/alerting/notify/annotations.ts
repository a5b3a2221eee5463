type Evidence = Record<string, unknown>;

const num = (value: unknown): string =>
  typeof value === 'number' && Number.isFinite(value) ? String(Number(value.toPrecision(4))) : '?';

const groupText = (labels: Record<string, string>): string =>
  Object.entries(labels)
    .filter(([name]) => !['alertname', 'severity', 'kpi'].includes(name))
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');

const summaryOf = (kind: string, labels: Record<string, string>, evidence: Evidence): string => {
  const group = groupText(labels);
  if (kind === 'cold_start_regression') {
    const recent = evidence['recent'] as Evidence | undefined;
    const baseline = evidence['baseline'] as Evidence | undefined;
    const increase = evidence['increase'];
    const percent = typeof increase === 'number' ? Math.round(increase * 100) : Number.NaN;

    return (
      `Cold starts regressed (${group}): p${Math.round(Number(evidence['quantile']) * 100)} ` +
      `${num(baseline?.['atQuantile'])} s → ${num(recent?.['atQuantile'])} s (+${percent} %)`
    );
  }
  if (kind === 'absence') {
    return `${String(evidence['kpi'])} not reported for ${num(evidence['silentSeconds'])} s (${group})`;
  }

  return (
    `${String(evidence['kpi'])} ${String(evidence['agg'])} over ${num(evidence['windowSeconds'])} s ` +
    `is ${num(evidence['value'])} ${String(evidence['operator'])} ${num(evidence['threshold'])}` +
    (group === '' ? '' : ` (${group})`)
  );
};

/** Human-readable annotations plus the evidence as JSON (annotations are strings only). */
export const annotationsOf = (
  kind: string,
  labels: Record<string, string>,
  evidence: Evidence,
): Record<string, string> => ({
  summary: summaryOf(kind, labels, evidence),
  evidence: JSON.stringify(evidence),
});
