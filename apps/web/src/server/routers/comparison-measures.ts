/**
 * The per-unit measures the resource comparison shows. Kept free of server imports: the view
 * reads the same ids and units.
 */
export const MEASURE_IDS = [
  'memory_per_instance',
  'cpu_per_request',
  'startup_p50',
  'energy_per_inference',
  'gpu_memory_per_model',
  'tokens_per_joule',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export const isMeasureId = (value: unknown): value is MeasureId =>
  typeof value === 'string' && (MEASURE_IDS as readonly string[]).includes(value);

/** formatValue units; tokens per joule is a plain ratio of counts. */
export const MEASURE_UNITS: Record<MeasureId, string> = {
  memory_per_instance: 'bytes',
  cpu_per_request: 'seconds',
  startup_p50: 'seconds',
  energy_per_inference: 'joules',
  gpu_memory_per_model: 'bytes',
  tokens_per_joule: 'count',
};

/** What a measure's sample size counts: resources, GPU servers, or observed starts. */
export type MeasureBasis = 'resources' | 'servers' | 'starts';

export const MEASURE_BASIS: Record<MeasureId, MeasureBasis> = {
  memory_per_instance: 'resources',
  cpu_per_request: 'resources',
  startup_p50: 'starts',
  energy_per_inference: 'servers',
  gpu_memory_per_model: 'servers',
  tokens_per_joule: 'servers',
};

/** The measures the same-workload table compares; the GPU ones are per server, not workload. */
export const WORKLOAD_MEASURE_IDS = [
  'memory_per_instance',
  'cpu_per_request',
  'startup_p50',
] as const satisfies readonly MeasureId[];

export const GROUP_BYS = ['paradigm', 'platform'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** A measure's value over the window with its sample size; null when nothing measured it. */
export type MeasureCell = { value: number | null; basis: number };

export type MeasureCells = Record<MeasureId, MeasureCell>;

export const emptyCells = (): MeasureCells => ({
  memory_per_instance: { value: null, basis: 0 },
  cpu_per_request: { value: null, basis: 0 },
  startup_p50: { value: null, basis: 0 },
  energy_per_inference: { value: null, basis: 0 },
  gpu_memory_per_model: { value: null, basis: 0 },
  tokens_per_joule: { value: null, basis: 0 },
});
