import type { Kpi } from '../kpi.ts';

/** GPU and model-server KPIs; `gpu` is the device UUID or index, `model` the served model. */
export const AI_ML_KPIS: readonly Kpi[] = [
  {
    name: 'gpu_utilization_ratio',
    unit: 'ratio',
    kind: 'gauge',
    description: 'Fraction of time the GPU was busy, 0 to 1 (DCGM percent divided by 100)',
    dimensions: ['gpu'],
    paradigms: ['ai_ml'],
  },
  {
    name: 'gpu_memory_used_bytes',
    unit: 'bytes',
    kind: 'gauge',
    description: 'GPU framebuffer memory in use (DCGM MiB times 1,048,576)',
    dimensions: ['gpu'],
    paradigms: ['ai_ml'],
  },
  {
    name: 'energy_joules_total',
    unit: 'joules',
    kind: 'counter',
    description: 'Energy consumed by the GPU since the exporter started (DCGM mJ divided by 1000)',
    dimensions: ['gpu'],
    paradigms: ['ai_ml'],
  },
  {
    name: 'tokens_total',
    unit: 'count',
    kind: 'counter',
    description: 'Tokens processed by a language model server, prompt and generated',
    dimensions: ['model', 'direction'],
    dimensionValues: { direction: ['prompt', 'generation'] },
    paradigms: ['ai_ml'],
  },
  {
    name: 'kv_cache_usage_ratio',
    unit: 'ratio',
    kind: 'gauge',
    description: "Fraction of a language model server's KV cache in use, 0 to 1",
    dimensions: ['model'],
    paradigms: ['ai_ml'],
  },
  {
    name: 'time_to_first_token_seconds',
    unit: 'seconds',
    kind: 'histogram',
    description: 'Time from request arrival to the first generated token',
    dimensions: ['model'],
    paradigms: ['ai_ml'],
  },
];
