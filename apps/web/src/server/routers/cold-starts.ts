import { router } from '../trpc.ts';

export const coldStartsRouter = router({});
