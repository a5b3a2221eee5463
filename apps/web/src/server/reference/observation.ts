import type { QuerySource } from '@fleetlens/db/query';
import { PARADIGM_IDS } from '@fleetlens/schema';
import type { Paradigm } from '@fleetlens/schema';

import type { MaturityInputs } from './maturity.ts';
import type { Measurement } from './verdict.ts';

/** Where a KPI measurement came from, as the query engine reports it. */
export type MeasurementSource = QuerySource;

export type KpiMeasurement = Measurement & { source: MeasurementSource | null };

/** What the fleet shows about one paradigm over the window. */
export type ParadigmObservation = {
  paradigm: Paradigm;
  /** p50 of cold startup_seconds; samples: observations. */
  startup: KpiMeasurement;
  /** Mean memory_bytes per instance over the window's steps; samples: most instances at once. */
  memory: KpiMeasurement;
  /** p50 of request_duration_seconds; samples: observations. */
  latency: KpiMeasurement;
  /** Share of fleet resources; samples: fleet resources in the window. */
  adoption: Measurement;
  maturity: MaturityInputs;
};

export type FleetObservation = {
  fromMs: number;
  toMs: number;
  fleetResources: number;
  paradigms: Record<Paradigm, ParadigmObservation>;
};

/** What a fleet with no store (or nothing in the window) shows: nothing measured. */
export const emptyObservation = (fromMs: number, toMs: number): FleetObservation => {
  const nothing = { value: null, samples: 0, source: null };
  const observe = (paradigm: Paradigm): ParadigmObservation => ({
    paradigm,
    startup: nothing,
    memory: nothing,
    latency: nothing,
    adoption: { value: null, samples: 0 },
    maturity: {
      resources: 0,
      adoptionShare: 0,
      errorRate: null,
      requests: 0,
      unavailability: 0,
      availabilitySource: 'last_seen',
      platformsSeen: 0,
      platformsListed: 0,
    },
  });

  return {
    fromMs,
    toMs,
    fleetResources: 0,
    paradigms: Object.fromEntries(PARADIGM_IDS.map((id) => [id, observe(id)])) as Record<
      Paradigm,
      ParadigmObservation
    >,
  };
};
