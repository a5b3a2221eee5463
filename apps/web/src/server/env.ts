import path from 'node:path';

/** The only place the dashboard reads `process.env`; read on use so tests can set it first. */
export type WebEnv = {
  /** SQLite file the collector writes; the dashboard opens it read-only. */
  databasePath: string;
  /** Collector base URL, for the Faro receiver and the alerting API. */
  collectorUrl: string;
  /** Public collector URL as the browser reaches it (defaults to collectorUrl). */
  publicCollectorUrl: string;
  /** How often the live stream looks for new data. */
  livePollMs: number;
};

// `next start` runs in apps/web; the embedded store lives at the repo root's data/.
const repoRoot = (): string =>
  process.env.FLEETLENS_REPO_ROOT ?? path.resolve(process.cwd(), '../..');

const sqlitePath = (url: string | undefined): string => {
  if (url === undefined || url.trim() === '') return path.join(repoRoot(), 'data', 'fleetlens.db');
  const trimmed = url.trim();
  if (!trimmed.startsWith('file:')) {
    throw new Error(
      'the dashboard reads the embedded SQLite store: DATABASE_URL must be a file: URL',
    );
  }
  const filePath =
    trimmed
      .slice('file:'.length)
      .replace(/^\/\/(?=\/)/, '')
      .split('?')[0] ?? '';

  return path.resolve(repoRoot(), filePath);
};

export const readWebEnv = (): WebEnv => {
  const collectorUrl =
    process.env.FLEETLENS_COLLECTOR_URL ??
    `http://127.0.0.1:${process.env.FLEETLENS_HTTP_PORT ?? '4318'}`;
  const livePollMs = Number(process.env.FLEETLENS_LIVE_POLL_MS ?? '1000');

  return {
    databasePath: sqlitePath(process.env.DATABASE_URL),
    collectorUrl,
    publicCollectorUrl: process.env.FLEETLENS_PUBLIC_COLLECTOR_URL ?? collectorUrl,
    livePollMs: Number.isFinite(livePollMs) && livePollMs >= 100 ? livePollMs : 1000,
  };
};
