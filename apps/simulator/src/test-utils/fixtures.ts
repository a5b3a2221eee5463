import { DAY_MS, HOUR_MS } from '../fleet/time.ts';

/** A fixed timeline for tests: 90 days from 2025-01-01, rendered near its end. */
export const ORIGIN = Date.UTC(2025, 0, 1);
export const T = ORIGIN + 88 * DAY_MS + 13.5 * HOUR_MS;
