'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';

/** A view setting kept in the URL (so the view can be shared), with a default when absent. */
export const useUrlParam = <T extends string>(
  name: string,
  allowed: readonly T[] | undefined,
  fallback: T | undefined,
): [T | undefined, (value: T | undefined) => void] => {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const raw = params.get(name);
  const value =
    raw === null || raw === '' || (allowed !== undefined && !allowed.includes(raw as T))
      ? fallback
      : (raw as T);
  const search = params.toString();
  const setValue = useCallback(
    (next: T | undefined) => {
      const updated = new URLSearchParams(search);
      if (next === undefined || next === fallback) updated.delete(name);
      else updated.set(name, next);
      const query = updated.toString();
      router.push(query === '' ? pathname : `${pathname}?${query}`, { scroll: false });
    },
    [search, name, fallback, router, pathname],
  );

  return [value, setValue];
};
