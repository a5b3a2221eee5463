/**
 * Bundles the collector and its decode worker into dist/ as plain ESM for `npm run collector`
 * and `npm start`: running compiled code spares every thread tsx's loader (its hooks thread
 * and transpile caches, about 90 MiB of resident memory at idle). Workspace packages are
 * bundled from their TypeScript sources; installed packages stay imports, so native modules
 * (better-sqlite3) and Prisma's runtime load from node_modules as they do from source.
 */
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';

const keepInstalledPackagesExternal: Plugin = {
  name: 'installed-packages-external',
  setup: (builder) => {
    builder.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      path.startsWith('@fleetlens/') || path.startsWith('node:')
        ? undefined
        : { path, external: true },
    );
  },
};

await build({
  entryPoints: { main: 'src/main.ts', 'worker-main': 'src/worker/worker-main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  plugins: [keepInstalledPackagesExternal],
  logLevel: 'warning',
});
