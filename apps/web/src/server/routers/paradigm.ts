import { router } from '../trpc.ts';

export const paradigmRouter = router({});
