'use client';

import { useRouter } from 'next/navigation';

import { useT } from '@/client/preferences.tsx';
import { useHrefWithRange } from '@/components/nav-link.tsx';
import type { ParadigmPlatform } from '@/server/routers/paradigm-inventory.ts';

import { drillHref } from './drill.ts';
import styles from './paradigm.module.css';

/** Picking a platform starts its drill-down afresh; "all" goes back to the paradigm. */
export const PlatformSelect = ({
  paradigm,
  platforms,
  selected,
}: {
  paradigm: string;
  platforms: readonly ParadigmPlatform[];
  selected: string | undefined;
}) => {
  const t = useT();
  const router = useRouter();
  const withRange = useHrefWithRange();
  const known = platforms.some((platform) => platform.id === selected);

  return (
    <label className={styles.field}>
      {t('paradigmView.platform')}
      <select
        data-testid="platform-select"
        value={selected ?? ''}
        onChange={(event) => {
          const platform = event.target.value === '' ? undefined : event.target.value;
          router.push(withRange(drillHref(paradigm, { platform })), { scroll: false });
        }}
      >
        <option value="">{t('paradigmView.allPlatforms')}</option>
        {/* A platform from a shared link that the list does not know yet stays selectable. */}
        {selected !== undefined && !known ? <option value={selected}>{selected}</option> : null}
        {platforms.map((platform) => (
          <option key={platform.id} value={platform.id}>
            {platform.displayName} ·{' '}
            {platform.resources > 0
              ? t('paradigmView.platformInstances', { count: platform.resources })
              : t('paradigmView.platformNotSeen')}
            {platform.inCatalog ? '' : ` · ${t('paradigmView.notInCatalog')}`}
          </option>
        ))}
      </select>
    </label>
  );
};
