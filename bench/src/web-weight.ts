import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type RouteWeight = { route: string; chunks: number; rawBytes: number; gzipBytes: number };

type RouteBundleStats = { route: string; firstLoadChunkPaths: string[] }[];

/**
 * First-load JS per route of the dashboard's last `next build`: the chunks Next lists for each
 * route in `.next/diagnostics/route-bundle-stats.json`, each gzipped at level 9 (as Next's own
 * build output measured it), summed.
 */
export const measureRouteWeights = (webDir: string): RouteWeight[] => {
  const stats = JSON.parse(
    readFileSync(join(webDir, '.next', 'diagnostics', 'route-bundle-stats.json'), 'utf8'),
  ) as RouteBundleStats;
  const gzipped = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (path: string) => {
    const known = gzipped.get(path);
    if (known) return known;
    const content = readFileSync(join(webDir, path));
    const size = { raw: content.byteLength, gzip: gzipSync(content, { level: 9 }).byteLength };
    gzipped.set(path, size);

    return size;
  };

  return stats
    .map(({ route, firstLoadChunkPaths }) => {
      const sizes = firstLoadChunkPaths.map(sizeOf);

      return {
        route,
        chunks: sizes.length,
        rawBytes: sizes.reduce((total, size) => total + size.raw, 0),
        gzipBytes: sizes.reduce((total, size) => total + size.gzip, 0),
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
};

/** The largest first-load chunks shared by every page route, to show what the weight is. */
export const largestChunks = (
  webDir: string,
  count: number,
): { path: string; gzipBytes: number }[] => {
  const stats = JSON.parse(
    readFileSync(join(webDir, '.next', 'diagnostics', 'route-bundle-stats.json'), 'utf8'),
  ) as RouteBundleStats;
  const paths = new Set(stats.flatMap((route) => route.firstLoadChunkPaths));

  return [...paths]
    .map((path) => ({
      path,
      gzipBytes: gzipSync(readFileSync(join(webDir, path)), { level: 9 }).byteLength,
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .slice(0, count);
};
