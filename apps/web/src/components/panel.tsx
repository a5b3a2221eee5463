'use client';

import type { ReactNode } from 'react';

import { useT } from '@/client/preferences.tsx';

type PanelProps = {
  title: string;
  /** Loading only while there is nothing to show yet; refetches keep the old data visible. */
  loading?: boolean;
  error?: { message: string } | null;
  empty?: boolean;
  children?: ReactNode;
  testId?: string;
  wide?: boolean;
};

/** A titled card with the loading, error and empty states every view needs. */
export const Panel = ({ title, loading, error, empty, children, testId, wide }: PanelProps) => {
  const t = useT();
  let body: ReactNode = children;
  if (error) {
    body = (
      <p className="state state-error" role="alert">
        {t('state.error')}: {error.message}
      </p>
    );
  } else if (loading === true) {
    body = (
      <p className="state" aria-busy="true">
        {t('state.loading')}
      </p>
    );
  } else if (empty === true) {
    body = <p className="state state-empty">{t('state.empty')}</p>;
  }

  return (
    <section className={wide === true ? 'panel panel-wide' : 'panel'} data-testid={testId}>
      <h2 className="panel-title">{title}</h2>
      {body}
    </section>
  );
};
