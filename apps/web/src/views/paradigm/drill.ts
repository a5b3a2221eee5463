'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';

/**
 * Where the reader has drilled to. An empty workload or instance is a real selection: the
 * resources that report none.
 */
export type Drill = { platform?: string; workload?: string; instance?: string };

/** Read from the URL so a drill-down can be shared; deeper levels need the ones above. */
export const useDrill = (): Drill => {
  const params = useSearchParams();
  const platform = params.get('platform') ?? '';
  const workload = params.get('workload');
  const instance = params.get('instance');

  return useMemo(() => {
    if (platform === '') return {};
    if (workload === null) return { platform };
    if (instance === null) return { platform, workload };
    return { platform, workload, instance };
  }, [platform, workload, instance]);
};

/** The page of a drill-down level (without the time range, which links add). */
export const drillHref = (paradigm: string, drill: Drill): string => {
  const params = new URLSearchParams();
  if (drill.platform !== undefined) params.set('platform', drill.platform);
  if (drill.workload !== undefined) params.set('workload', drill.workload);
  if (drill.instance !== undefined) params.set('instance', drill.instance);
  const search = params.toString();

  return `/paradigms/${encodeURIComponent(paradigm)}${search === '' ? '' : `?${search}`}`;
};
