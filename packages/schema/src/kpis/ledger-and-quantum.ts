import type { Kpi } from '../kpi.ts';

/**
 * Blockchain peer KPIs and quantum job KPIs. Quantum telemetry arrives per job, not as time
 * series, so its durations are `event` KPIs derived from quantum_job records.
 */
export const LEDGER_AND_QUANTUM_KPIS: readonly Kpi[] = [
  {
    name: 'block_height',
    unit: 'blocks',
    kind: 'gauge',
    description: 'Height of the local chain head, per channel where the ledger has channels',
    dimensions: ['channel'],
    paradigms: ['blockchain'],
  },
  {
    name: 'peers',
    unit: 'count',
    kind: 'gauge',
    description: 'Peers the node is connected to',
    dimensions: [],
    paradigms: ['blockchain'],
  },
  {
    name: 'transactions_total',
    unit: 'count',
    kind: 'counter',
    description: 'Transactions committed to the ledger, valid or not',
    dimensions: ['channel', 'valid'],
    dimensionValues: { valid: ['true', 'false'] },
    paradigms: ['blockchain'],
  },
  {
    name: 'shots_total',
    unit: 'count',
    kind: 'counter',
    description: 'Circuit shots executed by quantum jobs',
    dimensions: ['backend'],
    paradigms: ['quantum'],
  },
  {
    name: 'job_duration_seconds',
    unit: 'seconds',
    kind: 'event',
    description: 'Time a quantum job ran, from running to finished',
    dimensions: ['backend', 'status'],
    dimensionValues: { status: ['completed', 'failed', 'cancelled'] },
    paradigms: ['quantum'],
  },
  {
    name: 'job_queue_seconds',
    unit: 'seconds',
    kind: 'event',
    description: 'Time a quantum job waited, from created to running',
    dimensions: ['backend'],
    paradigms: ['quantum'],
  },
];
