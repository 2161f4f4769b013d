import { Injectable, type OnModuleInit } from '@nestjs/common';
import { nextDailyAt, REMINDER_HOUR, type AppointmentReminderStage, type NotificationKind, type NotificationSubjectType } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import type { MailContent, MailRecipient } from '../mail/templates/mail-content';
import type { PeriodicJob } from '../schedule/periodic-job';
import { Scheduler } from '../schedule/scheduler';
import { NotificationService } from './notification.service';
import { enterNetwork, reminderNetworks } from './reminders.queries';

/** An appointment (a work meeting, a track session) with the people due a reminder of it now. */
export interface DueAppointment {
  kind: NotificationKind;
  subject: { type: NotificationSubjectType; id: string };
  /** Per person, the stage due (appointmentReminderToSend in libs/domain) and what the source claims it by (`key`). */
  due: { key: string; userId: string; stage: AppointmentReminderStage }[];
  /** Records the stage as sent for these keys; answers the keys this run is the first to send it to (a unique index decides). */
  claim(em: EntityManager, keys: string[], stage: AppointmentReminderStage, now: Date): Promise<Set<string>>;
  /** The reminder mail of a stage, for those whose setting mails it at once. */
  mail(stage: AppointmentReminderStage): (to: MailRecipient) => MailContent;
}

/** A context's appointments to remind of; it registers itself with AppointmentReminderJob (onModuleInit). */
export interface AppointmentReminderSource {
  /** Under `networkId`'s scope (row-level security): its appointments someone is due a reminder of at `now`. */
  due(em: EntityManager, networkId: string, now: Date): Promise<DueAppointment[]>;
}

/**
 * Reminders before appointments (work meetings, sessions of learning tracks), daily at 06:00 Dutch
 * time with the deadline reminders (before the digest, so a person who chose it has them that
 * morning): a week before and the day before, as each source's notification kind, which follows
 * the person's settings. The scheduler runs each day once across every process; each source's
 * claim keeps each reminder to once even when runs overlap, come late or come again. One network
 * at a time, under its scope, so nobody is told of another network's appointment.
 */
@Injectable()
export class AppointmentReminderJob implements PeriodicJob, OnModuleInit {
  readonly name = 'appointment-reminders';
  private readonly sources: AppointmentReminderSource[] = [];

  constructor(
    private readonly scheduler: Scheduler,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register(this);
  }

  /** Called by a context (onModuleInit) for its appointments. */
  register(source: AppointmentReminderSource): void {
    this.sources.push(source);
  }

  nextRun(after: Date): Date {
    return nextDailyAt(after, REMINDER_HOUR);
  }

  async run(em: EntityManager, now: Date): Promise<void> {
    for (const networkId of await reminderNetworks(em)) {
      // Everything below reads and writes under this network's scope only.
      await enterNetwork(em, networkId);
      for (const source of this.sources) for (const appointment of await source.due(em, networkId, now)) await this.remind(em, networkId, appointment, now);
    }
    await enterNetwork(em, '');
  }

  private async remind(em: EntityManager, networkId: string, a: DueAppointment, now: Date): Promise<void> {
    const byStage = new Map<AppointmentReminderStage, DueAppointment['due']>();
    for (const person of a.due) byStage.set(person.stage, [...(byStage.get(person.stage) ?? []), person]);
    for (const [stage, people] of byStage) {
      const keys = people.map((p) => p.key);
      const claimed = await a.claim(em, keys, stage, now);
      await this.notifications.notify(em, {
        networkId,
        kind: a.kind,
        subject: a.subject,
        recipients: people.filter((p) => claimed.has(p.key)).map((p) => p.userId),
        mail: a.mail(stage),
      });
    }
  }
}
