/** `npm run db:migrate`: applies pending migrations to DATABASE_URL without the Prisma CLI. */
import { migrateDatabase } from '../migrate.ts';

const result = migrateDatabase();
console.log(
  `${result.path}: ${result.applied.length} migration(s) applied` +
    (result.applied.length > 0 ? ` (${result.applied.join(', ')})` : '') +
    `, ${result.total} total`,
);
