'use client';

import { PARADIGMS } from '@fleetlens/schema';
import Link from 'next/link';

import { useT } from '@/client/preferences.tsx';
import { useHrefWithRange } from '@/components/nav-link.tsx';

/** Shown for /paradigms/<id> when no paradigm has that id. */
export const ParadigmNotFound = () => {
  const t = useT();
  const withRange = useHrefWithRange();

  return (
    <div data-testid="view-paradigm-not-found">
      <h1>{t('paradigmView.notFound.title')}</h1>
      <p>{t('paradigmView.notFound.body')}</p>
      <ul>
        {PARADIGMS.map((paradigm) => (
          <li key={paradigm.id}>
            <Link href={withRange(`/paradigms/${paradigm.id}`)}>
              {t(`paradigm.${paradigm.id}`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
};
