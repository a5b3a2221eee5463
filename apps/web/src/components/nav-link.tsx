'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';

/** Keeps the time range and live mode when moving between views. */
const SHARED_PARAMS = ['from', 'to', 'live'];

export const useHrefWithRange = () => {
  const params = useSearchParams();
  return (href: string): string => {
    const [path, query] = href.split('?');
    const next = new URLSearchParams(query);
    for (const name of SHARED_PARAMS) {
      const value = params.get(name);
      if (value !== null && !next.has(name)) next.set(name, value);
    }
    const search = next.toString();
    return search === '' ? (path ?? href) : `${path}?${search}`;
  };
};

export const NavLink = ({ href, children }: { href: string; children: ReactNode }) => {
  const pathname = usePathname();
  const withRange = useHrefWithRange();
  const path = href.split('?')[0] ?? href;
  const current = path === '/' ? pathname === '/' : pathname.startsWith(path);

  return (
    <Link href={withRange(href)} aria-current={current ? 'page' : undefined} className="nav-link">
      {children}
    </Link>
  );
};
