export { createPrismaClient, createStore } from './client.ts';
export type { Store } from './client.ts';
export { createDatabase } from './create.ts';
export type { CreateResult } from './create.ts';
export { readDbEnv } from './env.ts';
export type { DbEnv } from './env.ts';
export {
  canonicalJson,
  resourceFingerprint,
  RESOURCE_IDENTITY_FIELDS,
  seriesFingerprint,
} from './fingerprint.ts';
export type { ResourceIdentity } from './fingerprint.ts';
export { applyMigrations, migrateDatabase } from './migrate.ts';
export type { MigrateOptions, MigrateResult } from './migrate.ts';
export { listLocalMigrations } from './migrations.ts';
export type { LocalMigration } from './migrations.ts';
export { readSamples } from './read/samples.ts';
export type { StoredSample } from './read/samples.ts';
export { loadReferenceData, seedReference } from './seed/reference.ts';
export type { ReferenceData, SeedCounts } from './seed/reference.ts';
export { DEFAULT_BUSY_TIMEOUT_MS, openSqlite, resolveSqliteSettings } from './sqlite.ts';
export type { SqliteOptions, SqliteSettings, SqliteSynchronous } from './sqlite.ts';
export {
  DEFAULT_SQLITE_PATH,
  MIGRATIONS_DIR,
  parseDatabaseUrl,
  REPO_ROOT,
  requireSqlite,
} from './url.ts';
export type { DatabaseTarget } from './url.ts';
export {
  fromStored,
  isStaleNaNBits,
  STALE_NAN,
  STALE_NAN_BITS,
  toStoredValue,
  toValueKind,
  VALUE_KIND,
} from './value-kind.ts';
export type { ValueKind } from './value-kind.ts';
export { createChunkedStatements, valuesList } from './write/chunked.ts';
export type { ChunkedStatements } from './write/chunked.ts';
export { createSampleWriter } from './write/samples.ts';
export type {
  SampleColumns,
  SamplePointKey,
  SampleRow,
  SampleWriter,
  SampleWriterOptions,
  WriteSamplesResult,
} from './write/samples.ts';
export { createSeriesResolver } from './write/series.ts';
export type { SeriesKey, SeriesResolver, SeriesResolverOptions } from './write/series.ts';
export { Prisma, PrismaClient } from './generated/prisma/client.ts';
/** Prisma model types, prefixed so they do not shadow the `@fleetlens/schema` records. */
export type {
  Resource as DbResource,
  Series as DbSeries,
  Sample as DbSample,
  HistogramSample as DbHistogramSample,
  SummarySample as DbSummarySample,
  Event as DbEvent,
  Rollup1m as DbRollup1m,
  Rollup1h as DbRollup1h,
  RollupDirty as DbRollupDirty,
  AlertRule as DbAlertRule,
  AlertState as DbAlertState,
  Silence as DbSilence,
  Notification as DbNotification,
  UnmappedCount as DbUnmappedCount,
  ReferenceCell as DbReferenceCell,
  Paradigm as DbParadigm,
  Platform as DbPlatform,
  Kpi as DbKpi,
} from './generated/prisma/client.ts';
export * from './query/index.ts';
export * from './maintenance/index.ts';
export * from './alerting/index.ts';
