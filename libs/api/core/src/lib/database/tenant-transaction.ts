import type { DataSource, EntityManager } from 'typeorm';

export interface TenantScope {
  networkId: string | null;
  userId: string | null;
}

/**
 * Sets the tenant and user of the current transaction. `set_config(…, true)` is local to the
 * transaction, so a pooled connection never carries one request's tenant into the next (SEC-02).
 */
export async function enterScope(em: EntityManager, scope: TenantScope): Promise<void> {
  await em.query(`SELECT set_config('app.network_id', $1, true), set_config('app.user_id', $2, true)`, [scope.networkId ?? '', scope.userId ?? '']);
}

/** Runs `work` in one transaction scoped to a tenant: all or nothing. */
export async function tenantTransaction<T>(ds: DataSource, scope: TenantScope, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return ds.transaction(async (em) => {
    await enterScope(em, scope);
    return work(em);
  });
}
