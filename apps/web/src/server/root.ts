import { adoptionRouter } from './routers/adoption.ts';
import { alertsRouter } from './routers/alerts.ts';
import { coldStartsRouter } from './routers/cold-starts.ts';
import { comparisonRouter } from './routers/comparison.ts';
import { fleetRouter } from './routers/fleet.ts';
import { kpiRouter } from './routers/kpi.ts';
import { liveRouter } from './routers/live.ts';
import { paradigmRouter } from './routers/paradigm.ts';
import { referenceRouter } from './routers/reference.ts';
import { createCallerFactory, router } from './trpc.ts';

/** One router per domain, each in its own file. */
export const appRouter = router({
  fleet: fleetRouter,
  kpi: kpiRouter,
  live: liveRouter,
  paradigm: paradigmRouter,
  coldStarts: coldStartsRouter,
  comparison: comparisonRouter,
  reference: referenceRouter,
  adoption: adoptionRouter,
  alerts: alertsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
