import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The real OpenID provider the API tests use (apps/api/test/support/oidc-provider.mjs), in a process of its own. */
export async function startProvider(redirectUri: string, accounts: Record<string, Record<string, unknown>>): Promise<{ issuer: string; child: ChildProcess }> {
  const config = {
    clients: [
      { client_id: 'kijkje-e2e', client_secret: 'geheim-e2e', redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] },
    ],
    accounts,
  };
  const child = spawn(process.execPath, ['--no-warnings', join(__dirname, '../../../api/test/support/oidc-provider.mjs')], {
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
    child.once('exit', (code) => reject(new Error(`the provider stopped (${code})`)));
  });
  return { issuer, child };
}
