/**
 * What a rule says about one label set at one evaluation:
 * - firing: the condition holds;
 * - hold: in between (the detector's hysteresis band): a firing alert stays, nothing starts;
 * - clear: the condition is false; a firing alert resolves once it stays clear long enough.
 */
export type Condition = 'firing' | 'hold' | 'clear';

export type Observation = {
  labels: Record<string, string>;
  condition: Condition;
  value: number | null;
  evidence: Record<string, unknown>;
};

/** An alert that is pending or firing, as the lifecycle needs it. */
export type ActiveAlert = {
  id: number;
  ruleId: number;
  fingerprint: string;
  state: 'pending' | 'firing';
  activeSinceNs: bigint;
  firedAtNs: bigint | null;
  clearSinceNs: bigint | null;
};

export type AlertTimings = {
  /** The condition must hold this long before pending becomes firing. */
  forNs: bigint;
  /** A firing alert resolves after the condition has been clear this long. */
  resolveForNs: bigint;
};

/** What one evaluation did, for logs, tests and callers of evaluateAt. */
export type EvaluationReport = {
  atMs: number;
  rules: number;
  /** Label sets the rules reported on (groups with enough data to decide). */
  observed: number;
  started: number;
  fired: number;
  resolved: number;
  pending: number;
  firing: number;
  errors: { ruleId: number; error: string }[];
};
