'use client';

import { PARADIGMS } from '@fleetlens/schema';
import type { ReactNode } from 'react';

import { useT } from '@/client/preferences.tsx';

import { HeaderControls } from './header-controls.tsx';
import { NavLink } from './nav-link.tsx';

const VIEWS = [
  { href: '/', key: 'nav.overview' },
  { href: '/cold-starts', key: 'nav.coldStarts' },
  { href: '/resources', key: 'nav.resources' },
  { href: '/reference', key: 'nav.reference' },
  { href: '/adoption', key: 'nav.adoption' },
  { href: '/alerts', key: 'nav.alerts' },
];

export const Shell = ({ children }: { children: ReactNode }) => {
  const t = useT();

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <HeaderControls />
      </header>
      <div className="layout">
        <nav className="sidebar" aria-label="Views">
          <ul>
            {VIEWS.map((view) => (
              <li key={view.href}>
                <NavLink href={view.href}>{t(view.key)}</NavLink>
              </li>
            ))}
          </ul>
          <h2 className="sidebar-heading">{t('nav.paradigms')}</h2>
          <ul>
            {PARADIGMS.map((paradigm) => (
              <li key={paradigm.id}>
                <NavLink href={`/paradigms/${paradigm.id}`}>{t(`paradigm.${paradigm.id}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
};
