import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  nextDailyAt,
  openDeadlines,
  openProgressDeadline,
  progressMomentsOf,
  REMINDER_HOUR,
  reminderToSend,
  visitFactsFromJson,
  type OpenDeadline,
  type ProgressReviewTaskFacts,
  type ReminderStage,
  type VisitStatus,
  type VisitTaskFacts,
} from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { MailService } from '../mail/mail.service';
import { deadlineReminderMail } from '../mail/templates/deadline-reminder-mails';
import type { PeriodicJob } from '../schedule/periodic-job';
import { Scheduler } from '../schedule/scheduler';
import { NotificationService, SETTINGS_PATH } from './notification.service';
import {
  claimReminder,
  enterNetwork,
  progressReminderFacts,
  reminderFacts,
  reminderNetworks,
  type ProgressReminderRow,
  type ReminderFactsRow,
} from './reminders.queries';

/** A row of reminderFacts as the facts of the task rules, as the host sees the visit (no team, no report). */
const factsOf = (row: ReminderFactsRow): VisitTaskFacts => visitFactsFromJson({ ...row, team: [], report: null });

const progressFactsOf = (row: ProgressReminderRow): ProgressReviewTaskFacts => ({
  programme: { id: row.programme.id, name: row.programme.name },
  round: row.round,
  visit: { ...row.visit, status: row.visit.status as VisitStatus },
  moments: progressMomentsOf(row.programme.months, row.written),
  submitted: row.submitted,
});

/** A reminder to send: the open deadline, the stage reached, and whom to tell. */
interface Due {
  visitId: string;
  organisation: string;
  open: OpenDeadline;
  sent: readonly ReminderStage[];
  recipients: readonly string[];
}

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
      const due: Due[] = [];
      for (const row of await reminderFacts(em, networkId)) {
        for (const open of openDeadlines(factsOf(row), now)) {
          const sent = (row.sent ?? []).filter((s) => s.deadline === open.deadline && sameMoment(s.dueAt, open.due)).map((s) => s.stage);
          due.push({
            visitId: row.visit.id,
            organisation: row.visit.hostName,
            open,
            sent,
            recipients: (open.holder === 'host' ? row.hostPeople : row.leads) ?? [],
          });
        }
      }
      for (const row of await progressReminderFacts(em, networkId)) {
        const open = openProgressDeadline(progressFactsOf(row), now);
        if (!open) continue;
        const sent = (row.sent ?? []).filter((s) => sameMoment(s.dueAt, open.due)).map((s) => s.stage);
        due.push({ visitId: row.visit.id, organisation: row.visit.hostName, open, sent, recipients: row.hostPeople ?? [] });
      }
      for (const reminder of due) await this.remind(em, networkId, reminder, now, settingsLink);
    }
    await enterNetwork(em, '');
  }

  /** Sends the latest stage reached that has not gone out, once (claimReminder decides across runs). */
  private async remind(em: EntityManager, networkId: string, { visitId, organisation, open, sent, recipients }: Due, now: Date, settingsLink: string) {
    const stage = reminderToSend(open.due, now, sent);
    // Nobody to tell yet (e.g. no lead named): keep the stage for when there is.
    if (!stage || !recipients.length) return;
    if (!(await claimReminder(em, { networkId, visitId, deadline: open.deadline, dueAt: open.due, stage, sentAt: now }))) return;
    const link = this.mail.link(open.path);
    await this.notifications.notify(em, {
      networkId,
      kind: 'DEADLINE_REMINDER',
      subject: { type: 'visit', id: visitId },
      recipients: [...recipients],
      mail: (to) => deadlineReminderMail(to, { organisation, deadline: open.deadline, stage, due: open.due, link, settingsLink }),
    });
  }
}

const sameMoment = (iso: string, at: Date) => new Date(iso).getTime() === at.getTime();
