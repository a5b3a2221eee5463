import { router } from '../trpc.ts';

export const adoptionRouter = router({});
