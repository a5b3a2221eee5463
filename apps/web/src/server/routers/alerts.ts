import { router } from '../trpc.ts';

export const alertsRouter = router({});
