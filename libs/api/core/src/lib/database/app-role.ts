import { Client } from 'pg';
import { APP_ROLE } from '../config/app-config';

/**
 * Makes sure the non-owner role the API serves with exists, and can neither bypass RLS nor act
 * as superuser. Runs as the owner, before migrations (which grant it table rights).
 */
export async function ensureAppRole(ownerUrl: string, password: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    const literal = password.replace(/'/g, "''");
    if (exists.rowCount === 0) {
      // Another process may create it at the same moment (parallel test workers).
      await client
        .query(`CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '${literal}'`)
        .catch((e: { code?: string }) => {
          if (e.code !== '42710' && e.code !== '23505') throw e;
        });
    } else {
      await client.query(`ALTER ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${literal}'`);
    }
    const db = (await client.query('SELECT current_database() AS name')).rows[0].name as string;
    await client.query(`GRANT CONNECT ON DATABASE "${db.replace(/"/g, '""')}" TO ${APP_ROLE}`);
  } finally {
    await client.end();
  }
}
