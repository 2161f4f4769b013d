import { Client } from 'pg';
import { APP_ROLE } from '../config/app-config';

export type AppRoleOutcome = 'created' | 'login-granted' | 'existing';

/**
 * Makes sure the non-owner role the API serves with exists and may log in. Runs as the owner,
 * before migrations (which grant it table rights).
 *
 * An existing role that can already log in is left exactly as it is: its password belongs to
 * whoever set it (an operator, another installation on the same server), and a boot must never
 * change a credential behind their back. Only a role that cannot log in yet (the migrations
 * create it NOLOGIN) gets LOGIN and the configured password. Whether it may bypass RLS is the
 * boot check's business, which refuses to serve otherwise.
 */
export async function ensureAppRole(ownerUrl: string, password: string): Promise<AppRoleOutcome> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const literal = password.replace(/'/g, "''");
    const [existing] = (await client.query('SELECT rolcanlogin AS login FROM pg_roles WHERE rolname = $1', [APP_ROLE])).rows;
    let outcome: AppRoleOutcome = 'existing';
    if (!existing) {
      outcome = 'created';
      // Another process may create it at the same moment (parallel test workers).
      await client
        .query(`CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '${literal}'`)
        .catch((e: { code?: string }) => {
          if (e.code !== '42710' && e.code !== '23505') throw e;
          outcome = 'existing';
        });
    } else if (!existing.login) {
      outcome = 'login-granted';
      await client.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '${literal}'`);
    }
    const db = (await client.query('SELECT current_database() AS name')).rows[0].name as string;
    await client.query(`GRANT CONNECT ON DATABASE "${db.replace(/"/g, '""')}" TO ${APP_ROLE}`);
    return outcome;
  } finally {
    await client.end();
  }
}

/**
 * Connects once as the app role, so that a wrong password is told plainly at boot instead of
 * as retries deep inside the ORM. The message never contains the URL or the password.
 */
export async function probeAppConnection(appUrl: string): Promise<string | null> {
  const client = new Client({ connectionString: appUrl, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return null;
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code === '28000') return `cannot log in as the app role: ${redact(e.message ?? '', appUrl)}`;
    if (e.code === '28P01') {
      return (
        'the app role cannot log in: it exists with another password than the one configured. ' +
        "Kijkje never changes an existing role's password; set DATABASE_APP_PASSWORD (or DATABASE_APP_URL) to its password, " +
        'or change it yourself with ALTER ROLE'
      );
    }
    return `cannot connect as the app role: ${e.code ?? ''} ${redact(e.message ?? String(error), appUrl)}`.trim();
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Removes a URL's password (and the URL itself) from a message, should a driver ever echo it. */
export function redact(message: string, ...urls: string[]): string {
  let out = message;
  for (const raw of urls) {
    if (!raw) continue;
    out = out.split(raw).join('[database URL]');
    try {
      const pw = decodeURIComponent(new URL(raw).password);
      if (pw) out = out.split(pw).join('[password]');
    } catch {
      /* not a URL: nothing more to hide */
    }
  }
  return out;
}
