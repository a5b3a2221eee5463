/** Time constants and parsing shared by the model, the CLI and the scenarios. */
export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const UNITS_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: SECOND_MS,
  m: MINUTE_MS,
  h: HOUR_MS,
  d: DAY_MS,
};

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;

/** `15m`, `10s`, `1.5h`, `2d` → milliseconds; plain digits are milliseconds. */
export const parseDurationMs = (text: string): number => {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const match = DURATION.exec(trimmed);
  const unit = match?.[2] === undefined ? undefined : UNITS_MS[match[2]];
  if (match?.[1] === undefined || unit === undefined) {
    throw new Error(`invalid duration "${text}" (use e.g. 500ms, 10s, 15m, 2h, 1d)`);
  }

  return Math.round(Number(match[1]) * unit);
};

/**
 * A point in time: `now`, `now-2h`, `-2h`, `+10m`, an ISO date or epoch milliseconds.
 * Relative forms are resolved against `nowMs` once, when a scenario is injected.
 */
export const parseInstantMs = (text: string, nowMs: number): number => {
  const trimmed = text.trim();
  if (trimmed === 'now') return nowMs;
  const relative = /^(?:now)?([+-])(.+)$/.exec(trimmed);
  if (relative?.[1] !== undefined && relative[2] !== undefined) {
    const offset = parseDurationMs(relative[2]);

    return relative[1] === '+' ? nowMs + offset : nowMs - offset;
  }
  if (/^\d{10,}$/.test(trimmed)) return Number(trimmed);
  const parsed = Date.parse(trimmed);
  if (Number.isNaN(parsed))
    throw new Error(`invalid time "${text}" (now, -2h, ISO date, epoch ms)`);

  return parsed;
};

export const alignDown = (ms: number, stepMs: number): number => Math.floor(ms / stepMs) * stepMs;

/** Seconds as the exporters print them: start times, boot times. */
export const toSeconds = (ms: number): number => ms / SECOND_MS;

/** [seconds, nanoseconds]: the SDK's HrTime, exact for any epoch millisecond. */
export const toHrTime = (ms: number): [number, number] => {
  const seconds = Math.floor(ms / SECOND_MS);

  return [seconds, Math.round((ms - seconds * SECOND_MS) * 1_000_000)];
};
