import type { EntityManager } from 'typeorm';

/** Adds a job's schedule row the first time; a row already there keeps its next run. */
export async function ensureSchedule(em: EntityManager, name: string, nextRunAt: Date): Promise<void> {
  await em.query(`INSERT INTO schedule (name, next_run_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [name, nextRunAt]);
}

/** One due row of these jobs, locked for this transaction; another process skips it. */
export async function claimDue(em: EntityManager, names: string[], now: Date): Promise<{ name: string; nextRunAt: Date } | null> {
  const [row] = await em.query(
    `SELECT name, next_run_at AS "nextRunAt" FROM schedule WHERE name = ANY($1) AND next_run_at <= $2
      ORDER BY next_run_at FOR UPDATE SKIP LOCKED LIMIT 1`,
    [names, now],
  );
  return row ?? null;
}

export async function markRun(em: EntityManager, name: string, ranAt: Date, nextRunAt: Date): Promise<void> {
  await em.query(`UPDATE schedule SET last_run_at = $2, next_run_at = $3, runs = runs + 1 WHERE name = $1`, [name, ranAt, nextRunAt]);
}
