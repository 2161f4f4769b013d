import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import type { TestApp } from './test-app';

export interface TestProvider {
  issuer: string;
  /** Makes the provider's next ID tokens wrong in one way (or right again with 'none'). */
  tamper(mode: 'aud' | 'exp' | 'iss' | 'none'): Promise<void>;
  stop(): void;
}

/** Starts the real OpenID provider (support/oidc-provider.mjs) on a free port. */
export async function startTestProvider(config: { clients: object[]; accounts: Record<string, Record<string, unknown>> }): Promise<TestProvider> {
  const child: ChildProcess = spawn(process.execPath, ['--no-warnings', join(__dirname, 'oidc-provider.mjs')], {
    env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line).issuer);
    });
    child.once('exit', (code) => reject(new Error(`the test provider stopped (${code})`)));
  });
  return {
    issuer,
    tamper: async (mode) => {
      await fetch(`${issuer}/__tamper?mode=${mode}`, { method: 'POST' });
    },
    stop: () => child.kill(),
  };
}

/** Cookies as a browser keeps them, per origin, enough for the provider's interaction. */
class Jar {
  private cookies = new Map<string, string>();
  take(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }
  get header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface SsoRun {
  /** The start's answer (a 303 to the provider, or a page). */
  start: request.Response;
  /** The callback's query as the provider sent it back, and the browser's state cookie. */
  callbackQuery?: string;
  stateCookie?: string;
}

/**
 * Goes through the provider as a browser would: /auth/oidc/start, the provider's login form
 * (devInteractions, signing in as `account`), and back to the redirect URI, whose query it returns
 * without calling the API's callback yet.
 */
export async function throughProvider(t: TestApp, email: string, account: string): Promise<SsoRun> {
  const start = await request(t.http).get(`/auth/oidc/start?email=${encodeURIComponent(email)}`);
  if (start.status !== 303) return { start };
  const stateCookie = (start.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('kijkje_sso_state='))!.split(';')[0];
  const jar = new Jar();
  let url = start.headers['location'] as string;
  for (let i = 0; i < 10; i++) {
    if (url.startsWith(t.config.appUrl)) return { start, callbackQuery: url.split('?')[1], stateCookie };
    const res = /\/interaction\/[^/]+$/.test(new URL(url).pathname)
      ? await fetch(url, {
          method: 'POST',
          redirect: 'manual',
          headers: { cookie: jar.header, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ prompt: 'login', login: account }).toString(),
        })
      : await fetch(url, { redirect: 'manual', headers: { cookie: jar.header } });
    jar.take(res);
    const location = res.headers.get('location');
    if (!location) throw new Error(`the provider answered ${res.status} at ${url}: ${(await res.text()).slice(0, 300)}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects at the provider');
}

/** The API's callback, with the browser's state cookie. */
export function callback(t: TestApp, run: SsoRun, cookie = run.stateCookie ?? '') {
  return request(t.http).get(`/auth/oidc/callback?${run.callbackQuery}`).set('cookie', cookie);
}
