'use client';

import { useEffect } from 'react';

let started = false;

/**
 * The dashboard's own real-user monitoring: web vitals, errors and navigation go to the
 * collector's Faro receiver, so Fleetlens watches its own front end like any other workload.
 * The SDK is loaded after the page is up, so it adds nothing to the first-load JavaScript.
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
    void import('@grafana/faro-web-sdk').then(({ getWebInstrumentations, initializeFaro }) => {
      initializeFaro({
        url: collectUrl,
        app: { name: 'fleetlens-web', version, environment: 'production' },
        instrumentations: getWebInstrumentations({ captureConsole: false }),
        batching: { enabled: true, sendTimeout: 2000 },
      });
    });
  }, [collectUrl, version]);

  return null;
};
