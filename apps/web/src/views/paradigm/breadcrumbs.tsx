'use client';

import Link from 'next/link';
import { useT } from '@/client/preferences.tsx';
import { useHrefWithRange } from '@/components/nav-link.tsx';

import { drillHref } from './drill.ts';
import type { Drill } from './drill.ts';
import styles from './paradigm.module.css';

type Crumb = { label: string; drill: Drill };

/** Paradigm › platform › workload › instance, each a link back up except the last. */
export const Breadcrumbs = ({ paradigm, drill }: { paradigm: string; drill: Drill }) => {
  const t = useT();
  const withRange = useHrefWithRange();
  const crumbs: Crumb[] = [{ label: t(`paradigm.${paradigm}`), drill: {} }];
  if (drill.platform !== undefined) {
    crumbs.push({ label: drill.platform, drill: { platform: drill.platform } });
  }
  if (drill.workload !== undefined) {
    crumbs.push({
      label: drill.workload === '' ? t('paradigmView.noWorkload') : drill.workload,
      drill: { platform: drill.platform, workload: drill.workload },
    });
  }
  if (drill.instance !== undefined) {
    crumbs.push({
      label: drill.instance === '' ? t('paradigmView.noInstance') : drill.instance,
      drill,
    });
  }

  return (
    <nav aria-label={t('paradigmView.breadcrumb')} data-testid="paradigm-breadcrumbs">
      <ol className={styles.crumbs}>
        {crumbs.map((crumb, index) =>
          index === crumbs.length - 1 ? (
            <li key={index} aria-current="page" className={styles.current}>
              {crumb.label}
            </li>
          ) : (
            <li key={index}>
              <Link href={withRange(drillHref(paradigm, crumb.drill))}>{crumb.label}</Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
};
