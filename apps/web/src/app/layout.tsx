import { cookies } from 'next/headers';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Suspense } from 'react';

import { PreferencesProvider } from '@/client/preferences.tsx';
import { LiveProvider } from '@/client/time-range.tsx';
import { TrpcProviders } from '@/client/trpc.tsx';
import { FaroMonitoring } from '@/components/faro.tsx';
import { Shell } from '@/components/shell.tsx';
import { isLocale } from '@/i18n/index.ts';
import { readWebEnv } from '@/server/env.ts';

import './globals.css';

export const metadata: Metadata = {
  title: 'Fleetlens',
  description: 'Observability for mixed container fleets',
};

export const dynamic = 'force-dynamic';

const RootLayout = async ({ children }: { children: ReactNode }) => {
  const jar = await cookies();
  const savedLocale = jar.get('fleetlens-locale')?.value;
  const locale = isLocale(savedLocale) ? savedLocale : 'en';
  const theme = jar.get('fleetlens-theme')?.value === 'light' ? 'light' : 'dark';
  const env = readWebEnv();

  return (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'} data-theme={theme}>
      <body>
        <FaroMonitoring collectUrl={`${env.publicCollectorUrl}/collect`} version="0.1.0" />
        <PreferencesProvider initialLocale={locale} initialTheme={theme}>
          <TrpcProviders>
            <Suspense>
              <LiveProvider>
                <Shell>{children}</Shell>
              </LiveProvider>
            </Suspense>
          </TrpcProviders>
        </PreferencesProvider>
      </body>
    </html>
  );
};

export default RootLayout;
