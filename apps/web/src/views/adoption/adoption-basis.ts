/** What a paradigm's share counts: resources seen, or distinct workload names. */
export const BASES = ['instances', 'workloads'] as const;
export type Basis = (typeof BASES)[number];
