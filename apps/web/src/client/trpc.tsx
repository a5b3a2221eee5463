'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { useState } from 'react';
import type { ReactNode } from 'react';

import type { AppRouter } from '@/server/root.ts';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

const makeQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        // Keep the previous data on screen while a new range loads: charts do not blink.
        placeholderData: (previous: unknown) => previous,
        staleTime: 2_000,
        retry: 1,
        refetchOnWindowFocus: false,
      },
    },
  });

export const TrpcProviders = ({ children }: { children: ReactNode }) => {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        splitLink({
          condition: (op) => op.type === 'subscription',
          true: httpSubscriptionLink({ url: '/api/trpc' }),
          false: httpBatchLink({ url: '/api/trpc', maxURLLength: 4000 }),
        }),
      ],
    }),
  );

  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
};
