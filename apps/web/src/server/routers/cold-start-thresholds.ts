/** "Worse": p95 rose by more than this many percent… */
export const WORSE_P95_CHANGE_PCT = 20;
/** …with at least this many cold starts in both windows, so noise is not called a regression. */
export const MIN_SAMPLES = 20;
