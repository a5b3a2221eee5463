'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';

/**
 * One of a closed set of values kept in the URL, so the view can be shared as a link; an
 * absent or unknown value reads as the fallback, which is left out of the URL.
 */
export const useSearchParam = <T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T,
): [T, (value: T) => void] => {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const raw = params.get(name);
  const value = allowed.find((candidate) => candidate === raw) ?? fallback;
  const search = params.toString();
  const setValue = useCallback(
    (next: T) => {
      const query = new URLSearchParams(search);
      if (next === fallback) query.delete(name);
      else query.set(name, next);
      const text = query.toString();
      router.replace(text === '' ? pathname : `${pathname}?${text}`, { scroll: false });
    },
    [search, router, pathname, name, fallback],
  );

  return [value, setValue];
};
