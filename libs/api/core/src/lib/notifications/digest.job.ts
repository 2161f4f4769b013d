import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DIGEST_HOUR, nextDailyAt, notificationPath } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { MailService, type MailMessage } from '../mail/mail.service';
import { asLanguage } from '../mail/templates/mail-content';
import { digestMail, type DigestItem } from '../mail/templates/notification-mails';
import type { PeriodicJob } from '../schedule/periodic-job';
import { Scheduler } from '../schedule/scheduler';
import { digestTaken, peopleAwaitingDigest, takeDigest } from './notifications.queries';
import { SETTINGS_PATH } from './notification.service';

/** What the List-Unsubscribe link of a digest switches off: every kind that goes to the digest. */
export const DIGEST_TARGET = 'DIGEST';

/**
 * The daily digest, at 07:00 Dutch time: one mail per person with every notification that waited
 * for it, in their language, whatever networks they came from.
 */
@Injectable()
export class DigestJob implements PeriodicJob, OnModuleInit {
  readonly name = 'notification-digest';

  constructor(
    private readonly scheduler: Scheduler,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register(this);
  }

  nextRun(after: Date): Date {
    return nextDailyAt(after, DIGEST_HOUR);
  }

  async run(em: EntityManager, now: Date): Promise<void> {
    // Every digest goes to the job queue in one statement at the end, in this run's transaction.
    const messages: MailMessage[] = [];
    for (const person of await peopleAwaitingDigest(em)) {
      const items: DigestItem[] = [];
      for (const networkId of person.networks) {
        const taken = await takeDigest(em, person.id, networkId, now);
        for (const n of taken.items)
          items.push({ kind: n.kind, network: taken.network, link: this.mail.link(notificationPath(n.kind, n.subjectType, n.subjectId)) });
      }
      await digestTaken(em, person.id, person.networks);
      if (!items.length) continue;
      const to = { name: person.name, language: asLanguage(person.language) };
      const content = digestMail(to, { items, link: this.mail.link(NOTIFICATIONS_PATH), settingsLink: this.mail.link(SETTINGS_PATH) });
      messages.push(this.mail.render(person.email, content, { headers: this.mail.unsubscribeHeaders(person.unsubscribeToken, DIGEST_TARGET) }));
    }
    await this.mail.enqueueAll(em, messages);
  }
}

export const NOTIFICATIONS_PATH = '/meldingen';
