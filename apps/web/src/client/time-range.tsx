'use client';

import { useSubscription } from '@trpc/tanstack-react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

import { isRelative, resolveRange } from './time-expr.ts';
import { useTRPC } from './trpc.tsx';

type LiveState = { nowMs: number; lastTickMs: number | null };

const LiveContext = createContext<LiveState>({ nowMs: 0, lastTickMs: null });

// Whole seconds, so queries issued in the same second share one cache entry; rounded up, so
// the window always includes what was committed just before it was opened.
const wallClock = () => Math.ceil(Date.now() / 1000) * 1000;

/** Live mode defaults on for windows that end now, as in Grafana; `live=0` turns it off. */
const isLive = (params: URLSearchParams): boolean =>
  params.get('live') !== '0' && isRelative(params.get('to') ?? 'now');

/**
 * Holds "now" for relative ranges. In live mode a server-sent event arrives whenever the
 * collector has committed new data, and "now" moves, so every panel refetches its window.
 */
export const LiveProvider = ({ children }: { children: ReactNode }) => {
  const params = useSearchParams();
  const trpc = useTRPC();
  const live = isLive(new URLSearchParams(params.toString()));
  const [state, setState] = useState<LiveState>(() => ({ nowMs: wallClock(), lastTickMs: null }));
  useSubscription(
    trpc.live.ticks.subscriptionOptions(undefined, {
      enabled: live,
      onData: () => setState({ nowMs: wallClock(), lastTickMs: Date.now() }),
    }),
  );
  const key = params.toString();
  const [seenKey, setSeenKey] = useState(key);
  if (seenKey !== key) {
    // A new range in the URL is resolved against the current time, not the last tick.
    setSeenKey(key);
    setState((previous) => ({ ...previous, nowMs: wallClock() }));
  }

  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
};

export type TimeRange = {
  from: string;
  to: string;
  fromMs: number;
  toMs: number;
  live: boolean;
  lastTickMs: number | null;
  setRange: (from: string, to: string) => void;
  setLive: (live: boolean) => void;
};

/** The window every panel shows, read from the URL so a view can be shared as a link. */
export const useTimeRange = (): TimeRange => {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const { nowMs, lastTickMs } = useContext(LiveContext);
  const search = params.toString();
  const navigate = useCallback(
    (update: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(search);
      update(next);
      router.push(`${pathname}?${next.toString()}`, { scroll: false });
    },
    [router, pathname, search],
  );
  const setRange = useCallback(
    (from: string, to: string) =>
      navigate((next) => {
        next.set('from', from);
        next.set('to', to);
      }),
    [navigate],
  );
  const setLive = useCallback(
    (live: boolean) =>
      navigate((next) => {
        if (live) next.delete('live');
        else next.set('live', '0');
      }),
    [navigate],
  );

  return useMemo(() => {
    const current = new URLSearchParams(search);
    const range = resolveRange(current.get('from'), current.get('to'), nowMs);
    return { ...range, live: isLive(current), lastTickMs, setRange, setLive };
  }, [search, nowMs, lastTickMs, setRange, setLive]);
};

/** Query input for the server: the window only. */
export const useRangeInput = () => {
  const { fromMs, toMs } = useTimeRange();
  return useMemo(() => ({ fromMs, toMs }), [fromMs, toMs]);
};
