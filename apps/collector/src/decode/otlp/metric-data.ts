import type { OtlpMetric } from '../types.ts';

/** The data part of a metric (type, temporality, points), one variant per OTLP data type. */
export type MetricData = OtlpMetric extends infer M
  ? M extends OtlpMetric
    ? Omit<M, 'name' | 'description' | 'unit'>
    : never
  : never;

/** Records why an item or a group of items was refused. */
export type Refuse = (reason: string, count?: number) => void;
