import type { NextConfig } from 'next';

const config: NextConfig = {
  // The workspace packages ship TypeScript sources; Next compiles them with the app.
  transpilePackages: ['@fleetlens/db', '@fleetlens/schema'],
  // Native addon: loaded by Node at run time, never bundled.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default config;
