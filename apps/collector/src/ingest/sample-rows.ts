import type { SampleColumns } from '@fleetlens/db';

import type { WireColumns } from '../worker/wire-columns.ts';
import { REFUSED_SERIES } from './series-ids.ts';

/**
 * A job's samples as the sample writer's columns: series indices become ids, and samples of
 * series the limit refused are left out (counted). Also returns the timestamps the kept samples
 * use, for the rollup's dirty hours.
 */
export const selectSampleRows = (
  { sampleSeries, sampleTime, sampleValues, sampleStale }: WireColumns,
  ids: Int32Array,
  times: readonly bigint[],
): { columns: SampleColumns; limited: number; hours: bigint[] } => {
  const count = sampleSeries.length;
  const seriesIds = new Int32Array(count);
  const timeUsed = new Uint8Array(times.length);
  let limited = 0;
  for (let i = 0; i < count; i++) {
    const id = ids[sampleSeries[i] ?? 0] ?? REFUSED_SERIES;
    seriesIds[i] = id;
    if (id === REFUSED_SERIES) limited += 1;
    else timeUsed[sampleTime[i] ?? 0] = 1;
  }
  const hours = times.filter((_, index) => timeUsed[index] === 1);
  if (limited === 0) {
    return {
      columns: {
        length: count,
        seriesIds,
        timeIndex: sampleTime,
        times,
        values: sampleValues,
        stale: sampleStale,
      },
      limited,
      hours,
    };
  }

  // Rare (series limit reached): copy the kept rows.
  const kept: number[] = [];
  for (let i = 0; i < count; i++) if (seriesIds[i] !== REFUSED_SERIES) kept.push(i);
  const pick = <T extends Int32Array | Uint32Array | Float64Array | Uint8Array>(
    column: T,
    create: (length: number) => T,
  ): T => {
    const out = create(kept.length);
    kept.forEach((row, index) => (out[index] = column[row] ?? 0));

    return out;
  };

  return {
    columns: {
      length: kept.length,
      seriesIds: pick(seriesIds, (n) => new Int32Array(n)),
      timeIndex: pick(sampleTime, (n) => new Uint32Array(n)),
      times,
      values: pick(sampleValues, (n) => new Float64Array(n)),
      stale: pick(sampleStale, (n) => new Uint8Array(n)),
    },
    limited,
    hours,
  };
};
