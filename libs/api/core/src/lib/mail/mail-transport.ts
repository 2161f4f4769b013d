import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import type { MailMessage } from './mail.service';

/**
 * SMTP when configured; otherwise every message becomes an .eml file in the outbox folder,
 * where a developer (or a browser test) can read it.
 */
export class MailTransport {
  private readonly smtp: Transporter | null;
  private readonly files: Transporter;

  constructor(private readonly config: AppConfig['mail']) {
    this.smtp = config.smtpUrl ? createTransport(config.smtpUrl) : null;
    this.files = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  describe(): string {
    return this.smtp ? 'SMTP' : `files in ${this.config.outboxDir}`;
  }

  async send(message: MailMessage): Promise<void> {
    const mail = {
      from: this.config.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
      ...(message.headers ? { headers: message.headers } : {}),
      ...(message.attachments?.length ? { attachments: message.attachments } : {}),
    };
    if (this.smtp) {
      await this.smtp.sendMail(mail);
      return;
    }
    const info = await this.files.sendMail(mail);
    await mkdir(this.config.outboxDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const who = message.to.replace(/[^a-zA-Z0-9@._-]/g, '_');
    await writeFile(join(this.config.outboxDir, `${stamp}-${who}-${Math.random().toString(36).slice(2, 8)}.eml`), info.message as Buffer);
  }
}
