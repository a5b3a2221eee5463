import { router } from '../trpc.ts';

export const comparisonRouter = router({});
