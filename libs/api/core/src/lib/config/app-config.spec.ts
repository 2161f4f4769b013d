import { loadConfig, modeOf, parseTrustProxy, productionProblems } from './app-config';

const base = { DATABASE_URL: 'postgres://owner:pw@db:5432/kijkje' };

describe('the mode', () => {
  it.each([
    [{}, 'development'],
    [{ NODE_ENV: 'production' }, 'production'],
    [{ NODE_ENV: 'production', KIJKJE_MODE: 'demo' }, 'demo'],
    [{ NODE_ENV: 'test', KIJKJE_MODE: 'production' }, 'production'],
    [{ KIJKJE_DEMO: '1' }, 'development'],
  ])('%j → %s', (env, mode) => {
    expect(modeOf(env)).toBe(mode);
  });

  it('only demo seeds, only production is production', () => {
    expect(loadConfig({ ...base, KIJKJE_MODE: 'demo' })).toMatchObject({ demo: true, production: false });
    expect(loadConfig({ ...base, NODE_ENV: 'production' })).toMatchObject({ demo: false, production: true });
  });
});

describe('introspection', () => {
  it.each([
    [{}, false],
    [{ NODE_ENV: 'production' }, false],
    [{ GRAPHQL_INTROSPECTION: '1' }, true],
    [{ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }, true],
    [{ GRAPHQL_INTROSPECTION: '0' }, false],
  ])('%j → %s', (env, on) => {
    expect(loadConfig({ ...base, ...env }).introspection).toBe(on);
  });

  it('refuses a value that is neither yes nor no', () => {
    expect(() => loadConfig({ ...base, GRAPHQL_INTROSPECTION: 'misschien' })).toThrow(/not a yes\/no value/);
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['false', false],
    ['1', 1],
    ['2', 2],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
  ])('%s → %j', (value, parsed) => {
    expect(parseTrustProxy(value)).toEqual(parsed);
  });

  it('refuses true: every client could pick its own address', () => {
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY=true/);
  });
});

describe('production problems', () => {
  const prod = {
    ...base,
    NODE_ENV: 'production',
    DATABASE_APP_PASSWORD: 'lang-en-geheim-wachtwoord',
    SMTP_URL: 'smtp://mail:25',
    APP_URL: 'https://kijkje.example.nl',
    SSO_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
  };
  const problems = (env: Record<string, string>) => productionProblems(loadConfig(env), env);

  it('none for a safe configuration', () => {
    expect(problems(prod)).toEqual([]);
  });

  it('none outside production, whatever the settings', () => {
    expect(problems({ ...base })).toEqual([]);
    expect(problems({ ...base, KIJKJE_MODE: 'demo', NODE_ENV: 'production' })).toEqual([]);
  });

  it.each([
    [{ DATABASE_APP_PASSWORD: '' }, /DATABASE_APP_PASSWORD is missing/],
    [{ DATABASE_APP_PASSWORD: 'kijkje_app_dev' }, /development default/],
    [{ DATABASE_APP_PASSWORD: '123456789012345' }, /shorter than 16/],
    [{ DATABASE_APP_URL: 'postgres://kijkje_app@db/kijkje' }, /password in DATABASE_APP_URL is missing/],
    [{ DATABASE_APP_URL: 'postgres://kijkje_app:kijkje_app_dev@db/kijkje' }, /password in DATABASE_APP_URL is the development default/],
    [{ SMTP_URL: '' }, /SMTP_URL is missing/],
    [{ APP_URL: '' }, /APP_URL is missing or not https/],
    [{ APP_URL: 'http://kijkje.example.nl' }, /APP_URL is missing or not https/],
    [{ KIJKJE_DEMO: '1' }, /KIJKJE_DEMO is set/],
    [{ SSO_SECRET_KEY: '' }, /SSO_SECRET_KEY is missing/],
  ])('%j → %s', (extra, message) => {
    const found = problems({ ...prod, ...extra });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it('accepts a long password in DATABASE_APP_URL, also when percent-encoded', () => {
    expect(problems({ ...prod, DATABASE_APP_PASSWORD: '', DATABASE_APP_URL: 'postgres://kijkje_app:lang%40geheim%23wachtwoord@db/kijkje' })).toEqual([]);
  });
});

describe('the SSO secret key', () => {
  it('takes 32 bytes as base64 or hex, and refuses any other length', () => {
    expect(loadConfig({ ...base, SSO_SECRET_KEY: 'ab'.repeat(32) }).sso.secretKey).toEqual(Buffer.alloc(32, 0xab));
    expect(loadConfig({ ...base, SSO_SECRET_KEY: Buffer.alloc(32, 1).toString('base64') }).sso.keyConfigured).toBe(true);
    expect(() => loadConfig({ ...base, SSO_SECRET_KEY: 'te-kort' })).toThrow(/SSO_SECRET_KEY must be 32 bytes/);
  });

  it('falls back to a development key outside production only', () => {
    expect(loadConfig(base).sso.keyConfigured).toBe(false);
  });
});

describe('database URLs', () => {
  it('an unparseable one is refused without being echoed', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:Geheim#x@@:y/db' })).toThrow(/^DATABASE_URL is not a valid URL \(its value is not shown/);
    try {
      loadConfig({ DATABASE_URL: 'postgres://u:Geheim#x@@:y/db' });
    } catch (error) {
      expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('Geheim');
    }
  });
});

describe('database settings', () => {
  const base = { DATABASE_URL: 'postgres://owner@localhost/kijkje' };

  it('have safe defaults for the serving connections', () => {
    expect(loadConfig(base).database).toEqual({
      poolSize: 10,
      connectTimeoutMs: 5000,
      statementTimeoutMs: 15_000,
      lockTimeoutMs: 5000,
      idleInTransactionTimeoutMs: 30_000,
    });
  });

  it('are read from DB_* variables, 0 meaning no limit, and refuse nonsense', () => {
    expect(loadConfig({ ...base, DB_POOL_SIZE: '4', DB_STATEMENT_TIMEOUT_MS: '0', DB_LOCK_TIMEOUT_MS: '250' }).database).toMatchObject({
      poolSize: 4,
      statementTimeoutMs: 0,
      lockTimeoutMs: 250,
    });
    expect(() => loadConfig({ ...base, DB_LOCK_TIMEOUT_MS: '5s' })).toThrow(/DB_LOCK_TIMEOUT_MS must be a whole number of milliseconds/);
    expect(() => loadConfig({ ...base, DB_POOL_SIZE: '0' })).toThrow(/DB_POOL_SIZE must be at least 1/);
  });
});
