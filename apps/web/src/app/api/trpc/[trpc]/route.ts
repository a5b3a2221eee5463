import { fetchRequestHandler } from '@trpc/server/adapters/fetch';

import { appRouter } from '@/server/root.ts';
import { createContext } from '@/server/trpc.ts';

// Reads the live store on every request; never prerendered or cached.
export const dynamic = 'force-dynamic';

const handler = (request: Request) =>
  fetchRequestHandler({ endpoint: '/api/trpc', req: request, router: appRouter, createContext });

export { handler as GET, handler as POST };
