import { existsSync } from 'node:fs';
import { createTestDatabase, withAdmin, type TestDatabase } from '../support/database';
import { ensureApiBuilt, gqlFetch } from '../reliability/support/api-process';
import { boot } from './support/boot';

/**
 * SEC-14: the real bootstrap (dist/apps/api/main.js, spawned) under production configuration
 * refuses every unsafe setting with a sentence an operator can act on, and a safe one serves.
 */
describe('booting in production (SEC-14)', () => {
  const SECRET = 'Geheim-app-rol-wachtwoord-2026';
  let db: TestDatabase;
  const prod = (extra: Record<string, string> = {}) => ({
    NODE_ENV: 'production',
    DATABASE_URL: db.ownerUrl,
    DATABASE_APP_PASSWORD: SECRET,
    SMTP_URL: 'smtp://127.0.0.1:2525',
    APP_URL: 'https://kijkje.example.nl',
    SSO_SECRET_KEY: Buffer.alloc(32, 3).toString('base64'),
    ...extra,
  });
  const appRolePassword = () =>
    withAdmin(async (c) => (await c.query(`SELECT rolpassword FROM pg_authid WHERE rolname = 'kijkje_app'`)).rows[0]?.rolpassword as string | undefined);

  beforeAll(async () => {
    await ensureApiBuilt();
    db = await createTestDatabase();
  }, 300_000);
  afterAll(() => db?.drop());

  const refusals: [string, Record<string, string>, RegExp][] = [
    ['no app-role password', { DATABASE_APP_PASSWORD: '' }, /DATABASE_APP_PASSWORD is missing/],
    ['the development default password', { DATABASE_APP_PASSWORD: 'kijkje_app_dev' }, /DATABASE_APP_PASSWORD is the development default/],
    ['a short password', { DATABASE_APP_PASSWORD: 'kort-maar-fout' }, /DATABASE_APP_PASSWORD is shorter than 16 characters/],
    [
      'an app URL with the default password',
      { DATABASE_APP_URL: 'postgres://kijkje_app:kijkje_app_dev@127.0.0.1:5432/x' },
      /the password in DATABASE_APP_URL is the development default/,
    ],
    ['an app URL without a password', { DATABASE_APP_URL: 'postgres://kijkje_app@127.0.0.1:5432/x' }, /the password in DATABASE_APP_URL is missing/],
    ['no SMTP_URL (outbox mail)', { SMTP_URL: '' }, /SMTP_URL is missing: production sends e-mail through SMTP/],
    ["no key for the identity providers' secrets", { SSO_SECRET_KEY: '' }, /SSO_SECRET_KEY is missing/],
    ['a public address that is not HTTPS', { APP_URL: 'http://kijkje.example.nl' }, /APP_URL is missing or not https/],
    ['the demo seed asked for', { KIJKJE_DEMO: '1' }, /KIJKJE_DEMO is set: production never seeds the demo network/],
    ['a mode that does not exist', { KIJKJE_MODE: 'prod' }, /KIJKJE_MODE must be one of production, demo, development/],
    ['trusting every proxy', { TRUST_PROXY: 'true' }, /TRUST_PROXY=true would trust any X-Forwarded-For/],
  ];

  it.each(refusals)('refuses %s, and says why', async (_what, env, message) => {
    const { code, output } = await boot(prod(env));
    expect(code).toBe(1);
    expect(output).toMatch(message);
  });

  it('lists every problem at once, so an operator fixes them in one go', async () => {
    const { code, output } = await boot(prod({ DATABASE_APP_PASSWORD: '', SMTP_URL: '' }));
    expect(code).toBe(1);
    expect(output).toMatch(/refusing to start \(production mode\)/);
    expect(output).toMatch(/DATABASE_APP_PASSWORD is missing/);
    expect(output).toMatch(/SMTP_URL is missing/);
  });

  it('NODE_ENV=production alone means production: no outbox folder is ever written', async () => {
    const { code } = await boot(prod({ SMTP_URL: '', MAIL_OUTBOX_DIR: '/tmp/kijkje-never-written' }));
    expect(code).toBe(1);
    expect(existsSync('/tmp/kijkje-never-written')).toBe(false);
  });

  it('a safe configuration serves, says it runs in production, keeps introspection off and never prints the password', async () => {
    const before = await appRolePassword();
    const result = await boot(prod(), async (url) => {
      const res = await gqlFetch(url, '{ __schema { types { name } } }');
      expect(res.body.errors[0].message).toMatch(/introspection is not allowed/i);
    });
    expect(result.code).toBeNull();
    expect(result.output).toMatch(/production mode/);
    // The API runs on the same Node as these tests (npm test: Node 24 from node_modules), and says which.
    expect(result.output).toContain(`Node ${process.versions.node})`);
    expect(result.output).not.toMatch(/DEMO MODE/);
    expect(result.output).not.toContain(SECRET);
    // The role existed with its own password: a boot with another one leaves it alone.
    expect(await appRolePassword()).toBe(before);
  });

  it('introspection is on only when GRAPHQL_INTROSPECTION asks for it', async () => {
    const result = await boot(prod({ GRAPHQL_INTROSPECTION: '1' }), async (url) => {
      const res = await gqlFetch(url, '{ __schema { queryType { name } } }');
      expect(res.body.data.__schema.queryType.name).toBe('Query');
    });
    expect(result.code).toBeNull();
  });

  it('never shows a database password when the database cannot be reached', async () => {
    const { code, output } = await boot(prod({ DATABASE_URL: 'postgres://postgres:Eigenaar-Geheim-77@127.0.0.1:1/kijkje' }));
    expect(code).toBe(1);
    expect(output).toMatch(/ECONNREFUSED/);
    expect(output).not.toContain('Eigenaar-Geheim-77');
    expect(output).not.toContain(SECRET);
  });

  it('says plainly when the configured app role cannot log in, without its password', async () => {
    const { code, output } = await boot(prod({ DATABASE_APP_URL: `postgres://kijkje_niemand:${SECRET}@127.0.0.1:5432/postgres` }));
    expect(code).toBe(1);
    expect(output).toMatch(/cannot log in as the app role: role "kijkje_niemand" does not exist/);
    expect(output).not.toContain(SECRET);
  });

  it('never shows a database URL that cannot be parsed', async () => {
    const { code, output } = await boot(prod({ DATABASE_URL: 'postgres://postgres:Geheim#met@teken@:host:x/db' }));
    expect(code).toBe(1);
    expect(output).toMatch(/DATABASE_URL is not a valid URL/);
    expect(output).not.toContain('Geheim#met');
  });

  it('a demo database is refused in production; the demo itself says what it is', async () => {
    const demoDb = await createTestDatabase();
    try {
      const demo = await boot({ KIJKJE_MODE: 'demo', NODE_ENV: 'production', DATABASE_URL: demoDb.ownerUrl });
      expect(demo.code).toBeNull();
      expect(demo.output).toMatch(/DEMO MODE: demo network with publicly known passwords/);
      expect(demo.output).toMatch(/demo logins/);
      const { code, output } = await boot(prod({ DATABASE_URL: demoDb.ownerUrl }));
      expect(code).toBe(1);
      expect(output).toMatch(/the database holds demo accounts with the publicly known demo password \(.*beheer@kijkje\.test/);
    } finally {
      await demoDb.drop();
    }
  }, 120_000);
});
