import { openReadStore } from '@/server/store.ts';

export const dynamic = 'force-dynamic';

/** Liveness for supervisors and tests: the server answers and says whether the store exists. */
export const GET = () => Response.json({ ok: true, store: openReadStore() !== undefined });
