import { createHash } from 'node:crypto';

import type Database from 'better-sqlite3';

import type { FleetEvent } from '@fleetlens/schema';

const stringifyExact = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'bigint' ? inner.toString() : inner,
  );

/**
 * Retried requests carry the same events again; the dedup key is the hash of the whole event
 * (resource, time, values, attributes), so a retry inserts nothing while two distinct
 * invocations at the same nanosecond still both count.
 */
const dedupKeyOf = (event: FleetEvent): string =>
  createHash('sha1').update(stringifyExact(event)).digest('hex');

export const createEventRows = (sqlite: Database.Database) => {
  const resourceOfSeries = sqlite.prepare<[number], { resourceId: number }>(
    'SELECT resource_id AS resourceId FROM series WHERE id = ?',
  );
  const resourceCache = new Map<number, number>();
  const insert = sqlite.prepare(
    'INSERT INTO event (type, resource_id, platform, paradigm, ts, duration_seconds, cold, ' +
      'error, status, shots, queue_seconds, run_seconds, attributes, dedup_key) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedup_key) DO NOTHING',
  );

  const resourceIdOf = (seriesId: number): number => {
    let resourceId = resourceCache.get(seriesId);
    if (resourceId === undefined) {
      const row = resourceOfSeries.get(seriesId);
      if (!row) throw new Error(`series ${seriesId} has no resource`);
      resourceId = row.resourceId;
      resourceCache.set(seriesId, resourceId);
    }

    return resourceId;
  };

  const toColumns = (event: FleetEvent) => {
    switch (event.type) {
      case 'cold_start':
        return [event.durationSeconds, 1, null, null, null, null, null];
      case 'invocation':
        return [
          event.durationSeconds,
          event.cold ? 1 : 0,
          event.error ? 1 : 0,
          null,
          null,
          null,
          null,
        ];
      case 'quantum_job':
        return [
          event.runSeconds ?? null,
          null,
          event.status === 'failed' ? 1 : 0,
          event.status,
          event.shots ?? null,
          event.queueSeconds ?? null,
          event.runSeconds ?? null,
        ];
    }
  };

  return {
    /** Inserts events with the id of their series; returns the rows stored. */
    insert: (events: { event: FleetEvent; seriesId: number }[]): number => {
      let stored = 0;
      events.forEach(({ event, seriesId }) => {
        stored += insert.run(
          event.type,
          resourceIdOf(seriesId),
          event.resource.platform,
          event.resource.paradigm,
          event.timestampNs,
          ...toColumns(event),
          JSON.stringify(event.attributes),
          dedupKeyOf(event),
        ).changes;
      });

      return stored;
    },
  };
};
