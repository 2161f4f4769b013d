import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
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
    await em.query(`INSERT INTO job (kind, payload) VALUES ('mail', $1)`, [JSON.stringify(message)]);
    await em.query(`SELECT pg_notify('kijkje_jobs', 'mail')`);
  }
}
