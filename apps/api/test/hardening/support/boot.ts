import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAIN_JS, ROOT, freePort, status, waitFor } from '../../reliability/support/api-process';

export interface BootResult {
  /** The exit code, or null when the server came up (and was then stopped). */
  code: number | null;
  output: string;
  /** Runs while the server is up, before it is stopped. */
  url: string;
}

/**
 * Runs the built API as a real process with exactly `env` (plus PATH): either it exits (a
 * refusal) or it becomes ready, `whileUp` runs, and it is stopped with SIGTERM.
 */
export async function boot(env: Record<string, string>, whileUp?: (url: string) => Promise<void>): Promise<BootResult> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const outbox = mkdtempSync(join(tmpdir(), 'kijkje-boot-'));
  const child = spawn(process.execPath, [MAIN_JS], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', PORT: String(port), APP_URL: url, WEB_DIR: join(outbox, 'no-web'), MAIL_OUTBOX_DIR: join(outbox, 'mail'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  let code: number | null | undefined;
  const exited = new Promise<void>((resolve) => child.on('exit', (c) => ((code = c), resolve())));
  try {
    await waitFor(async () => code !== undefined || (await status(`${url}/health/ready`)) === 200, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`neither ready nor exited:\n${output}`, { cause: error });
  }
  if (code !== undefined) return { code, output: withMessages(output), url };
  try {
    await whileUp?.(url);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  return { code: null, output: withMessages(output), url };
}

/** The output as written (JSON log lines), followed by each line's message as plain text. */
function withMessages(output: string): string {
  const messages = output.split('\n').flatMap((line) => {
    try {
      const msg = (JSON.parse(line) as { msg?: unknown }).msg;
      return typeof msg === 'string' ? [msg] : [];
    } catch {
      return [];
    }
  });
  return `${output}\n${messages.join('\n')}`;
}
