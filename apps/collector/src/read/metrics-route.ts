import type { Registry } from 'prom-client';

import type { Route } from '../server/router.ts';

/** The collector's own metrics in Prometheus text format, from its private registry. */
export const createMetricsRoute = (registry: Registry): Route => ({
  method: 'GET',
  path: '/metrics',
  handler: async ({ response }) => {
    const body = await registry.metrics();
    response.writeHead(200, { 'content-type': registry.contentType });
    response.end(body);
  },
});
