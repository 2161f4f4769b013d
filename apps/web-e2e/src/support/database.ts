import pg from 'pg';

/**
 * The journey server's own database (tools/scripts/e2e.mjs passes it as E2E_DATABASE_URL), for a
 * journey that must set a scene or move the scheduler's clock where no screen can.
 */
export async function withDatabase<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the journeys with npm run test:e2e');
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}
