'use client';

import { getWebInstrumentations, initializeFaro } from '@grafana/faro-web-sdk';
import { useEffect } from 'react';

let started = false;

/**
 * The dashboard's own real-user monitoring: web vitals, errors and navigation go to the
 * collector's Faro receiver, so Fleetlens watches its own front end like any other workload.
 */
export const FaroMonitoring = ({
  collectUrl,
  version,
}: {
  collectUrl: string;
  version: string;
}) => {
  useEffect(() => {
    if (started || collectUrl === '') return;
    started = true;
    initializeFaro({
      url: collectUrl,
      app: { name: 'fleetlens-web', version, environment: 'production' },
      instrumentations: getWebInstrumentations({ captureConsole: false }),
      batching: { enabled: true, sendTimeout: 2000 },
    });
  }, [collectUrl, version]);

  return null;
};
