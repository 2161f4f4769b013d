import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { deliveryFor, notificationPath, type NotificationKind, type NotificationSubjectType } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { LiveEvents } from '../live/live-events';
import { MailService, type MailMessage } from '../mail/mail.service';
import { asLanguage, type MailContent, type MailRecipient } from '../mail/templates/mail-content';
import { notificationMail } from '../mail/templates/notification-mails';
import { awaitDigest, insertNotifications, networkName, notifiedPeople, type NewNotification } from './notifications.queries';
import { notificationsTopic, NOTIFIED } from './notification-topic';

export interface NotifyEvent {
  networkId: string;
  kind: NotificationKind;
  subject: { type: NotificationSubjectType; id: string };
  /** The people it concerns (app_user ids); repeats are told once. */
  recipients: string[];
  /** The mail sent at once when a recipient's setting says SINGLE; a short one from the kind's title when absent. */
  mail?: (to: MailRecipient, link: string) => MailContent;
}

export const SETTINGS_PATH = '/account/meldingen';

/**
 * Tells people what happened, in the transaction of the event itself: a notification row per
 * recipient (their bell counts it live), and a mail at once, in the daily digest or not at all,
 * as each of them chose for this kind. Rolls back with the event.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly mail: MailService,
    private readonly live: LiveEvents,
  ) {}

  async notify(em: EntityManager, event: NotifyEvent): Promise<void> {
    const ids = [...new Set(event.recipients)];
    if (!ids.length) return;
    const people = await notifiedPeople(em, ids);
    const rows: NewNotification[] = people.map((p) => ({ id: randomUUID(), recipientId: p.id, delivery: deliveryFor(p.settings, event.kind) }));
    if (!rows.length) return;
    await insertNotifications(em, event.networkId, event.kind, event.subject, rows);
    const digest = rows.filter((r) => r.delivery === 'DIGEST').map((r) => r.recipientId);
    if (digest.length) await awaitDigest(em, event.networkId, digest);
    const link = this.mail.link(notificationPath(event.kind, event.subject.type, event.subject.id));
    let network: string | null = null;
    const mails: MailMessage[] = [];
    for (const [i, person] of people.entries()) {
      // Deferred: these travel with the next statement, not one round trip each.
      await this.live.publish(em, { networkId: event.networkId, topic: notificationsTopic(person.id), kind: NOTIFIED, id: rows[i].id, audience: person.id });
      if (rows[i].delivery !== 'SINGLE') continue;
      const to: MailRecipient = { email: person.email, name: person.name, language: asLanguage(person.language) };
      network ??= event.mail ? '' : await networkName(em, event.networkId);
      const content = event.mail?.(to, link) ?? notificationMail(to, { kind: event.kind, network, link, settingsLink: this.mail.link(SETTINGS_PATH) });
      mails.push(this.mail.render(person.email, content, { headers: this.mail.unsubscribeHeaders(person.unsubscribeToken, event.kind) }));
    }
    await this.mail.enqueueAll(em, mails);
  }
}
