import { HttpError } from '../server/http-error.ts';

const NS_PER_MS = 1_000_000n;
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)$/;
const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Prometheus-style durations (`30s`, `5m`, `1h`) or plain seconds. */
export const parseDurationNs = (text: string, name: string): bigint => {
  const match = DURATION.exec(text);
  const ms =
    match?.[1] && match[2] ? Number(match[1]) * (UNIT_MS[match[2]] ?? 1) : Number(text) * 1000;
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new HttpError(400, `${name} must be a duration such as 30s, 5m or 1h, got "${text}"`);
  }

  return BigInt(Math.round(ms)) * NS_PER_MS;
};

/**
 * A point in time as Grafana and Prometheus accept it: RFC 3339, Unix seconds (with a
 * fraction), or relative to now (`now`, `now-1h`).
 */
export const parseTimeNs = (text: string, name: string, nowNs: bigint): bigint => {
  if (text === 'now') return nowNs;
  if (text.startsWith('now-')) return nowNs - parseDurationNs(text.slice(4), name);
  if (/^-?\d+(\.\d+)?$/.test(text)) return BigInt(Math.round(Number(text) * 1000)) * NS_PER_MS;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    throw new HttpError(
      400,
      `${name} must be RFC 3339, Unix seconds or now-<duration>, got "${text}"`,
    );
  }

  return BigInt(ms) * NS_PER_MS;
};

/** About 240 points per range, rounded to a whole second, as Grafana's auto interval does. */
export const autoStepNs = (fromNs: bigint, toNs: bigint): bigint => {
  const seconds = Number(toNs - fromNs) / 1e9 / 240;

  return BigInt(Math.max(1, Math.ceil(seconds))) * 1_000_000_000n;
};

/** JSON cannot hold NaN or ±Inf; Prometheus's API spells them as strings, and so do we. */
export const toJsonValue = (value: number): number | string => {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';

  return value;
};

export const nsToMs = (ns: bigint): number => Number(ns / NS_PER_MS);
