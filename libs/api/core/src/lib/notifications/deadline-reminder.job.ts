import { Injectable, type OnModuleInit } from '@nestjs/common';
import { nextDailyAt, openDeadlines, REMINDER_HOUR, reminderToSend, visitFactsFromJson, type VisitTaskFacts } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { MailService } from '../mail/mail.service';
import { deadlineReminderMail } from '../mail/templates/deadline-reminder-mails';
import type { PeriodicJob } from '../schedule/periodic-job';
import { Scheduler } from '../schedule/scheduler';
import { NotificationService, SETTINGS_PATH } from './notification.service';
import { claimReminder, enterNetwork, reminderFacts, reminderNetworks, type ReminderFactsRow } from './reminders.queries';

/** A row of reminderFacts as the facts of the task rules, as the host sees the visit (no team, no report). */
const factsOf = (row: ReminderFactsRow): VisitTaskFacts => visitFactsFromJson({ ...row, team: [], report: null });

/**
 * Deadline reminders, daily at 06:00 Dutch time (an hour before the digest, so a person who chose
 * the digest gets them that same morning): for every open deadline of a visit (libs/domain
 * openDeadlines) the latest stage it reached (a week before, the day before, overdue) that has
 * not gone out yet, to the people whose work it is, as a DEADLINE_REMINDER notification that
 * follows their settings. The sent reminders are kept (deadline_reminder), so a second or late
 * run sends nothing twice, and work that is done is not open any more, so it is not reminded of.
 */
@Injectable()
export class DeadlineReminderJob implements PeriodicJob, OnModuleInit {
  readonly name = 'deadline-reminders';

  constructor(
    private readonly scheduler: Scheduler,
    private readonly mail: MailService,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register(this);
  }

  nextRun(after: Date): Date {
    return nextDailyAt(after, REMINDER_HOUR);
  }

  async run(em: EntityManager, now: Date): Promise<void> {
    const settingsLink = this.mail.link(SETTINGS_PATH);
    for (const networkId of await reminderNetworks(em)) {
      // Everything below reads and writes under this network's scope only.
      await enterNetwork(em, networkId);
      for (const row of await reminderFacts(em, networkId)) {
        const facts = factsOf(row);
        for (const open of openDeadlines(facts, now)) {
          const sent = (row.sent ?? []).filter((s) => s.deadline === open.deadline && new Date(s.dueAt).getTime() === open.due.getTime()).map((s) => s.stage);
          const stage = reminderToSend(open.due, now, sent);
          if (!stage) continue;
          const recipients = (open.holder === 'host' ? row.hostPeople : row.leads) ?? [];
          // Nobody to tell yet (e.g. no lead named): keep the stage for when there is.
          if (!recipients.length) continue;
          if (!(await claimReminder(em, { networkId, visitId: row.visit.id, deadline: open.deadline, dueAt: open.due, stage, sentAt: now }))) continue;
          const link = this.mail.link(open.path);
          await this.notifications.notify(em, {
            networkId,
            kind: 'DEADLINE_REMINDER',
            subject: { type: 'visit', id: row.visit.id },
            recipients,
            mail: (to) => deadlineReminderMail(to, { organisation: row.visit.hostName, deadline: open.deadline, stage, due: open.due, link, settingsLink }),
          });
        }
      }
    }
    await enterNetwork(em, '');
  }
}
