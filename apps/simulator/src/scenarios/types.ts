/** The five named scenarios and their parameters, once parsed and resolved to instants. */
type Window = {
  /** When the scenario starts to hold (epoch ms). */
  readonly fromMs: number;
  /** When it stops holding; open-ended when absent. */
  readonly untilMs?: number;
};

export type ColdStartRegression = Window & {
  readonly name: 'cold-start-regression';
  readonly params: { readonly platform: string; readonly percent: number };
};

export type NodeOffline = Window & {
  readonly name: 'node-offline';
  readonly params: { readonly node: string };
};

export type GpuSaturation = Window & {
  readonly name: 'gpu-saturation';
  readonly params: { readonly server: string; readonly level: number };
};

export type ChainStall = Window & {
  readonly name: 'chain-stall';
  readonly params: { readonly peer: string; readonly channel?: string };
};

export type QuantumQueueSurge = Window & {
  readonly name: 'quantum-queue-surge';
  readonly params: { readonly provider: string; readonly factor: number };
};

export type ActiveScenario =
  ColdStartRegression | NodeOffline | GpuSaturation | ChainStall | QuantumQueueSurge;

export type ScenarioName = ActiveScenario['name'];

export const isInWindow = (scenario: Window, t: number): boolean =>
  t >= scenario.fromMs && (scenario.untilMs === undefined || t < scenario.untilMs);

/** The instants where a scenario switches on or off: where distributions change shape. */
export const windowEdges = (scenario: Window): number[] =>
  scenario.untilMs === undefined ? [scenario.fromMs] : [scenario.fromMs, scenario.untilMs];
