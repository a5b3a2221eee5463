import { PLATFORMS } from '@fleetlens/schema';
import type Database from 'better-sqlite3';

import { nsToMs } from '../range.ts';

/** Resources seen in [fromNs, toNs]; up when last seen at or after upSinceNs. */
export type InventoryWindow = { fromNs: bigint; toNs: bigint; upSinceNs: bigint };

export type ParadigmPlatform = {
  id: string;
  displayName: string;
  /** Listed for this paradigm in the platform catalog (else only met in the fleet). */
  inCatalog: boolean;
  documented: boolean;
  resources: number;
  workloads: number;
  up: number;
  down: number;
  lastSeenMs: number | null;
};

export type WorkloadRow = {
  platform: string;
  /** null: resources that report no workload. */
  workload: string | null;
  instances: number;
  up: number;
  down: number;
  lastSeenMs: number;
};

export type InstanceRow = {
  id: number;
  platform: string;
  workload: string | null;
  instance: string | null;
  node: string | null;
  namespace: string | null;
  cluster: string | null;
  firstSeenMs: number;
  lastSeenMs: number;
  up: boolean;
};

type GroupRow = {
  platform: string;
  workload: string | null;
  resources: bigint;
  workloads: bigint;
  up: bigint;
  last_seen: bigint;
};

const SEEN_IN_WINDOW =
  'paradigm = @paradigm AND first_seen_ns <= @toNs AND last_seen_ns >= @fromNs';

const groupCounts = (
  db: Database.Database,
  paradigm: string,
  window: InventoryWindow,
  groupBy: 'platform' | 'platform, workload',
  platform: string | undefined,
): GroupRow[] =>
  db
    .prepare<Record<string, unknown>, GroupRow>(
      `SELECT platform, ${groupBy === 'platform' ? 'NULL' : 'workload'} AS workload, ` +
        'count(*) AS resources, count(DISTINCT workload) AS workloads, ' +
        'sum(CASE WHEN last_seen_ns >= @upSinceNs THEN 1 ELSE 0 END) AS up, ' +
        `max(last_seen_ns) AS last_seen FROM resource WHERE ${SEEN_IN_WINDOW}` +
        (platform === undefined ? '' : ' AND platform = @platform') +
        ` GROUP BY ${groupBy} ORDER BY ${groupBy}`,
    )
    .safeIntegers(true)
    .all({ paradigm, ...window, ...(platform === undefined ? {} : { platform }) });

/** The paradigm's platforms: the catalog's, then any others the fleet reports for it. */
export const listParadigmPlatforms = (
  db: Database.Database | undefined,
  paradigm: string,
  window: InventoryWindow,
): ParadigmPlatform[] => {
  const observed = new Map(
    (db === undefined ? [] : groupCounts(db, paradigm, window, 'platform', undefined)).map(
      (row) => [row.platform, row],
    ),
  );
  const catalog = PLATFORMS.filter((platform) =>
    (platform.paradigms as readonly string[]).includes(paradigm),
  );
  const ids = [...catalog.map((platform) => platform.id)];
  for (const id of observed.keys()) if (!ids.includes(id)) ids.push(id);

  return ids.map((id) => {
    const known = PLATFORMS.find((platform) => platform.id === id);
    const row = observed.get(id);
    const resources = Number(row?.resources ?? 0n);
    const up = Number(row?.up ?? 0n);

    return {
      id,
      displayName: known?.displayName ?? id,
      inCatalog: catalog.some((platform) => platform.id === id),
      documented: known?.documented ?? false,
      resources,
      workloads: Number(row?.workloads ?? 0n),
      up,
      down: resources - up,
      lastSeenMs: row === undefined ? null : nsToMs(row.last_seen),
    };
  });
};

/** Workloads of the paradigm (one platform's when given) with their instance counts. */
export const listWorkloads = (
  db: Database.Database,
  paradigm: string,
  platform: string | undefined,
  window: InventoryWindow,
): WorkloadRow[] =>
  groupCounts(db, paradigm, window, 'platform, workload', platform).map((row) => {
    const instances = Number(row.resources);
    const up = Number(row.up);

    return {
      platform: row.platform,
      workload: row.workload,
      instances,
      up,
      down: instances - up,
      lastSeenMs: nsToMs(row.last_seen),
    };
  });

type InstanceDbRow = {
  id: bigint;
  platform: string;
  workload: string | null;
  instance: string | null;
  node: string | null;
  namespace: string | null;
  cluster: string | null;
  first_seen_ns: bigint;
  last_seen_ns: bigint;
};

/** Instances of one workload; an empty workload means resources that report none. */
export const listInstances = (
  db: Database.Database,
  paradigm: string,
  platform: string,
  workload: string,
  window: InventoryWindow,
): InstanceRow[] =>
  db
    .prepare<Record<string, unknown>, InstanceDbRow>(
      'SELECT id, platform, workload, instance, node, namespace, cluster, first_seen_ns, ' +
        `last_seen_ns FROM resource WHERE ${SEEN_IN_WINDOW} AND platform = @platform ` +
        "AND coalesce(workload, '') = @workload ORDER BY instance, id LIMIT 2000",
    )
    .safeIntegers(true)
    .all({ paradigm, platform, workload, ...window })
    .map((row) => ({
      id: Number(row.id),
      platform: row.platform,
      workload: row.workload,
      instance: row.instance,
      node: row.node,
      namespace: row.namespace,
      cluster: row.cluster,
      firstSeenMs: nsToMs(row.first_seen_ns),
      lastSeenMs: nsToMs(row.last_seen_ns),
      up: row.last_seen_ns >= window.upSinceNs,
    }));
