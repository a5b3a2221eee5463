import { createPrismaClient } from './client.ts';
import { readDbEnv } from './env.ts';
import { migrateDatabase } from './migrate.ts';
import type { MigrateResult } from './migrate.ts';
import { seedReference } from './seed/reference.ts';
import type { ReferenceData, SeedCounts } from './seed/reference.ts';

export type CreateResult = MigrateResult & { seeded: SeedCounts };

/**
 * Creates (or brings up to date) the SQLite store from nothing, offline: applies the committed
 * migrations, then loads the reference data. Safe to run again.
 */
export const createDatabase = async (
  url: string | undefined = readDbEnv().databaseUrl,
  data?: ReferenceData,
): Promise<CreateResult> => {
  const migrated = migrateDatabase(url);
  const prisma = createPrismaClient(`file:${migrated.path}`);
  try {
    const seeded = await seedReference(prisma, data);

    return { ...migrated, seeded };
  } finally {
    await prisma.$disconnect();
  }
};
