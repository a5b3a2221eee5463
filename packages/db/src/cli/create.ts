/** `npm run db:create`: creates or updates the store at DATABASE_URL (default data/fleetlens.db). */
import { createDatabase } from '../create.ts';

const result = await createDatabase();
const { cells, paradigms, platforms, kpis } = result.seeded;
console.log(
  `store ready: ${result.path}\n` +
    `  migrations: ${result.applied.length} applied now, ${result.total} total\n` +
    `  reference data: ${cells} cells, ${paradigms} paradigms, ${platforms} platforms, ${kpis} KPIs`,
);
