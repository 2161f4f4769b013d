import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushMail, type TestApp } from './test-app';

export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  body: string;
  /** The whole message as written (headers and every part). */
  raw: string;
}

/** The e-mails written to the outbox folder, oldest first. */
export async function outbox(t: TestApp): Promise<OutboxMail[]> {
  await flushMail(t);
  return readdirSync(t.outboxDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(t.outboxDir, file), 'utf8');
      const [head, ...rest] = raw.split('\n\n');
      const header = (name: string) => head.match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1] ?? '';
      const body = rest
        .join('\n\n')
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
      return { file, to: header('To'), subject: header('Subject'), body, raw };
    });
}

/** The link path (e.g. /uitnodiging/<token>) in the newest e-mail to an address. */
export async function linkFor(t: TestApp, to: string, kind: 'uitnodiging' | 'wachtwoord-herstellen'): Promise<string> {
  const mails = (await outbox(t)).filter((m) => m.to.includes(to));
  const last = mails[mails.length - 1];
  const match = last?.body.match(new RegExp(`/${kind}/([A-Za-z0-9_-]{43})`));
  if (!match) throw new Error(`no ${kind} link for ${to}`);
  return match[1];
}
