import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Where the API writes e-mails when no SMTP server is configured (one .eml file per message). */
export function outboxDir(): string {
  return resolve(process.env.MAIL_OUTBOX_DIR ?? '.data/outbox');
}

export interface OutboxMessage {
  file: string;
  to: string;
  subject: string;
  body: string;
  mtimeMs: number;
}

/** Undoes quoted-printable soft line breaks and escapes, so links split over lines come back whole. */
function decodeQuotedPrintable(text: string): string {
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  // Unfold folded header lines first.
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const match = unfolded.match(new RegExp(`^${name}:\\s*(.*)$`, 'im'));
  return match ? match[1].trim() : '';
}

async function readMessages(): Promise<OutboxMessage[]> {
  const dir = outboxDir();
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.eml'));
  } catch {
    return [];
  }
  const messages: OutboxMessage[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const [raw, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    const parts = raw.split(/\r?\n\r?\n/);
    messages.push({
      file,
      to: header(raw, 'To'),
      subject: header(raw, 'Subject'),
      body: decodeQuotedPrintable(parts.slice(1).join('\n\n')),
      mtimeMs: info.mtimeMs,
    });
  }
  return messages;
}

/**
 * Waits (up to 15 s by default) for the newest message to `address` whose body has a link matching
 * `pathPattern` (e.g. /\/uitnodiging\/[^\s"<>]+/), and returns that link as a path ("/uitnodiging/…").
 */
export async function waitForLink(address: string, pathPattern: RegExp, options: { timeoutMs?: number; since?: number } = {}): Promise<string> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  const wanted = address.toLowerCase();
  const linkPattern = new RegExp(`https?://[^\\s"'<>]*?(${pathPattern.source})`, 'i');
  for (;;) {
    const candidates = (await readMessages())
      .filter((message) => message.to.toLowerCase().includes(wanted))
      .filter((message) => options.since === undefined || message.mtimeMs >= options.since - 1000)
      .sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const message of candidates) {
      const match = message.body.match(linkPattern);
      if (match) return new URL(match[0]).pathname;
    }
    if (Date.now() > deadline) {
      throw new Error(`No e-mail to ${address} with a link like ${pathPattern} in ${outboxDir()} within the time limit`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
}

export const INVITATION_LINK = /\/uitnodiging\/[A-Za-z0-9_\-.~%]+/;
export const RESET_LINK = /\/wachtwoord-herstellen\/[A-Za-z0-9_\-.~%]+/;
