import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { jsonbText } from '../database/jsonb-text';
import type { MailContent } from './templates/mail-content';
import { renderMail } from './templates/mail-layout';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The HTML part (the plain-text part stays the fallback). */
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe on mails a person can switch off. */
  headers?: Record<string, string>;
  /** Files sent along, e.g. a calendar invitation (text/calendar). */
  attachments?: { filename: string; content: string; contentType: string }[];
}

/** Queues e-mail in the operation's transaction: a message goes out only if the change commits. */
@Injectable()
export class MailService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  link(path: string): string {
    return `${this.config.appUrl}${path}`;
  }

  async enqueue(em: EntityManager, message: MailMessage): Promise<void> {
    await this.enqueueAll(em, [message]);
  }

  /** Many mails in one statement (a notification to a whole network), and one wake-up for the worker. */
  async enqueueAll(em: EntityManager, messages: readonly MailMessage[]): Promise<void> {
    if (!messages.length) return;
    await em.query(`INSERT INTO job (kind, payload) SELECT 'mail', m FROM unnest($1::jsonb[]) AS m`, [messages.map((m) => jsonbText(m))]);
    await em.query(`SELECT pg_notify('kijkje_jobs', 'mail')`);
  }

  /**
   * RFC 8058 one-click unsubscribe for a mail a person can switch off (never for security mails):
   * a POST to the link, without a session, turns this kind off for them.
   */
  unsubscribeHeaders(token: string, kind: string): Record<string, string> {
    return {
      'List-Unsubscribe': `<${this.link(`/afmelden/${token}/${kind}`)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
  }

  /** Renders a template's content in the shared layout (HTML and plain text) and queues it, with any headers and files. */
  async send(em: EntityManager, to: string, content: MailContent, extra: Pick<MailMessage, 'headers' | 'attachments'> = {}): Promise<void> {
    await this.enqueue(em, this.render(to, content, extra));
  }

  /** A template's content as a message in the shared layout, to queue later (see enqueueAll). */
  render(to: string, content: MailContent, extra: Pick<MailMessage, 'headers' | 'attachments'> = {}): MailMessage {
    const { subject, html, text } = renderMail(content);
    return { to, subject, text, html, ...extra };
  }
}
