/** `npm run db:seed`: (re)loads the reference matrices and catalogs into DATABASE_URL. */
import { createPrismaClient } from '../client.ts';
import { seedReference } from '../seed/reference.ts';

const prisma = createPrismaClient();
try {
  const counts = await seedReference(prisma);
  console.log(
    `seeded ${counts.cells} reference cells, ${counts.paradigms} paradigms, ` +
      `${counts.platforms} platforms, ${counts.kpis} KPIs`,
  );
} finally {
  await prisma.$disconnect();
}
