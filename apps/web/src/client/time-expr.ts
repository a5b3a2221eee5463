/** Grafana-style time expressions: `now`, `now-15m`, `now-7d`, or epoch milliseconds. */
const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const RELATIVE = /^now(?:-(\d{1,6})([smhdw]))?$/;

export const DEFAULT_FROM = 'now-1h';
export const DEFAULT_TO = 'now';

export const RELATIVE_PRESETS = [
  'now-5m',
  'now-15m',
  'now-1h',
  'now-6h',
  'now-24h',
  'now-7d',
  'now-30d',
  'now-90d',
];

export const isRelative = (expr: string): boolean => RELATIVE.test(expr);

export const parseTimeExpr = (expr: string, nowMs: number): number | undefined => {
  const relative = RELATIVE.exec(expr);
  if (relative !== null) {
    const [, amount, unit] = relative;
    if (amount === undefined || unit === undefined) return nowMs;
    return nowMs - Number(amount) * (UNIT_MS[unit] ?? 0);
  }
  if (/^\d{10,14}$/.test(expr)) return Number(expr);
  return undefined;
};

export type ResolvedRange = { from: string; to: string; fromMs: number; toMs: number };

/** Falls back to the default window when the URL holds something unreadable or inverted. */
export const resolveRange = (
  from: string | null,
  to: string | null,
  nowMs: number,
): ResolvedRange => {
  const fromExpr = from ?? DEFAULT_FROM;
  const toExpr = to ?? DEFAULT_TO;
  const fromMs = parseTimeExpr(fromExpr, nowMs);
  const toMs = parseTimeExpr(toExpr, nowMs);
  if (fromMs === undefined || toMs === undefined || fromMs >= toMs) {
    return {
      from: DEFAULT_FROM,
      to: DEFAULT_TO,
      fromMs: parseTimeExpr(DEFAULT_FROM, nowMs) ?? nowMs - 3_600_000,
      toMs: nowMs,
    };
  }
  return { from: fromExpr, to: toExpr, fromMs, toMs };
};
