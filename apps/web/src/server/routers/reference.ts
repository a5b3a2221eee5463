import { router } from '../trpc.ts';

export const referenceRouter = router({});
