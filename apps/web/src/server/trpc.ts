import { QueryError } from '@fleetlens/db/query';
import { initTRPC, TRPCError } from '@trpc/server';
import type Database from 'better-sqlite3';

import { readWebEnv } from './env.ts';
import { openReadStore } from './store.ts';

export type Context = {
  /** Undefined until the collector has created the store: views show their empty state. */
  db: Database.Database | undefined;
  /**
   * The collector owns every write (alert rules, silences); the dashboard asks it over HTTP.
   * Read from the environment when not given.
   */
  collectorUrl?: string;
};

export const createContext = (): Context => ({
  db: openReadStore(),
  collectorUrl: readWebEnv().collectorUrl,
});

const t = initTRPC.context<Context>().create({
  errorFormatter: ({ shape }) => shape,
});

/** Query-engine refusals (bad filter, too many series) are the caller's fault: 400, not 500. */
const queryErrorsAsBadRequest = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof QueryError) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: result.error.cause.message });
  }

  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(queryErrorsAsBadRequest);
export const createCallerFactory = t.createCallerFactory;
