import type { EntityManager } from 'typeorm';
import { writeWithNext } from '../database/round-trips';

/**
 * Makes a create mutation safe to retry (REL-03): the first call with a key creates and
 * remembers the new id; a repeat returns the remembered result instead of creating again.
 * The key row is inserted first, so two concurrent repeats serialise on its primary key.
 */
export async function idempotent<T extends { id: string }>(
  em: EntityManager,
  scope: { networkId: string; userId: string; operation: string; key: string | undefined | null },
  create: () => Promise<T>,
  find: (id: string) => Promise<T | null>,
): Promise<T> {
  if (!scope.key) return create();
  const [claimed] = await em.query(
    `INSERT INTO idempotency_record (network_id, user_id, operation, idempotency_key, result_id)
     VALUES ($1, $2, $3, $4, '00000000-0000-0000-0000-000000000000')
     ON CONFLICT DO NOTHING RETURNING result_id`,
    [scope.networkId, scope.userId, scope.operation, scope.key],
  );
  if (!claimed) {
    const [existing] = await em.query(
      `SELECT result_id AS "resultId" FROM idempotency_record
        WHERE network_id = $1 AND user_id = $2 AND operation = $3 AND idempotency_key = $4`,
      [scope.networkId, scope.userId, scope.operation, scope.key],
    );
    const found = existing ? await find(existing.resultId) : null;
    if (found) return found;
  }
  const created = await create();
  // Write-only: it travels with the operation's next statement.
  await writeWithNext(
    em,
    `UPDATE idempotency_record SET result_id = $5
      WHERE network_id = $1 AND user_id = $2 AND operation = $3 AND idempotency_key = $4`,
    [scope.networkId, scope.userId, scope.operation, scope.key, created.id],
  );
  return created;
}
