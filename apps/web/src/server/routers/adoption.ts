import { PARADIGMS } from '@fleetlens/schema';
import { z } from 'zod';

import { msToNs, ZRange } from '../range.ts';
import { publicProcedure, router } from '../trpc.ts';

import { STALE_AFTER_MS } from './fleet.ts';
import { readResourceSpans } from './adoption-presence.ts';
import { documentClaims } from './adoption-reference.ts';
import type { DocumentClaims } from './adoption-reference.ts';
import {
  bucketStarts,
  countPresence,
  growthOf,
  pickBucketMs,
  sharesOf,
  totalsOf,
} from './adoption-trends.ts';
import type { Growth } from './adoption-trends.ts';

export type ParadigmTrend = {
  paradigm: string;
  /** Per interval: resources with data (instances) and distinct workload names (workloads). */
  instances: number[];
  workloads: number[];
  /** The same as fractions of the fleet, null where the fleet had nothing. */
  instanceShare: (number | null)[];
  workloadShare: (number | null)[];
  growth: { instances: Growth | null; workloads: Growth | null };
  document: DocumentClaims;
};

export type AdoptionTrends = {
  bucketMs: number;
  /** Interval starts, epoch ms. */
  starts: number[];
  totals: { instances: number[]; workloads: number[] };
  /** Every paradigm of the catalogue, in its order, then any the catalogue lacks. */
  paradigms: ParadigmTrend[];
};

export const adoptionRouter = router({
  /**
   * Each paradigm's share of the fleet per interval (resources and workloads whose data
   * overlaps it), its growth from the first to the last interval, and the source document's
   * adoption estimate and growth forecast beside them.
   */
  trends: publicProcedure.input(z.object({ range: ZRange })).query(({ ctx, input }) => {
    const { fromMs, toMs } = input.range;
    const bucketMs = pickBucketMs(toMs - fromMs);
    const starts = bucketStarts(fromMs, toMs, bucketMs);
    const spans = ctx.db === undefined ? [] : readResourceSpans(ctx.db, msToNs(fromMs));
    const inWindow = spans.filter(
      (span) => span.lastNs >= msToNs(starts[0] ?? fromMs) && span.firstNs <= msToNs(toMs),
    );
    const counts = countPresence(inWindow, starts, bucketMs, STALE_AFTER_MS);
    const ids = [...PARADIGMS.map((p) => p.id), ...[...counts.keys()].sort()];
    const zeros = starts.map(() => 0);
    const rows = [...new Set(ids)].map((paradigm) => ({
      paradigm,
      ...(counts.get(paradigm) ?? { instances: zeros, workloads: zeros }),
    }));
    const totals = {
      instances: totalsOf(
        rows.map((row) => row.instances),
        starts.length,
      ),
      workloads: totalsOf(
        rows.map((row) => row.workloads),
        starts.length,
      ),
    };

    return {
      bucketMs,
      starts,
      totals,
      paradigms: rows.map((row): ParadigmTrend => ({
        ...row,
        instanceShare: sharesOf(row.instances, totals.instances),
        workloadShare: sharesOf(row.workloads, totals.workloads),
        growth: {
          instances: growthOf(row.instances, totals.instances, bucketMs),
          workloads: growthOf(row.workloads, totals.workloads, bucketMs),
        },
        document: documentClaims(row.paradigm),
      })),
    } satisfies AdoptionTrends;
  }),
});
