import {
  KPI_CATALOG_VERSION,
  KPIS,
  PARADIGMS,
  PLATFORMS,
  REFERENCE,
  listReferenceCells,
} from '@fleetlens/schema';

import { sendJson } from '../server/respond.ts';
import type { Route } from '../server/router.ts';

/** The vocabulary and the source document's matrices, straight from packages/schema. */
export const createCatalogRoutes = (): Route[] => [
  {
    method: 'GET',
    path: '/api/v1/kpis',
    handler: ({ response }) => {
      sendJson(response, 200, { version: KPI_CATALOG_VERSION, kpis: KPIS });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/platforms',
    handler: ({ response }) => {
      sendJson(response, 200, { paradigms: PARADIGMS, platforms: PLATFORMS });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/reference',
    handler: ({ response, url }) => {
      const body =
        url.searchParams.get('format') === 'cells'
          ? { cells: listReferenceCells() }
          : { matrices: REFERENCE };
      sendJson(response, 200, body);
    },
  },
];
