export { createColdStartReader } from './cold-starts.ts';
export type { ColdStartReader, ColdStartRow } from './cold-starts.ts';
export { readLastSeen } from './last-seen.ts';
export type { LastSeenGroup, LastSeenQuery } from './last-seen.ts';
export { readWindowValues } from './window-values.ts';
export type { WindowGroup, WindowQuery, WindowSeries, WindowValues } from './window-values.ts';
