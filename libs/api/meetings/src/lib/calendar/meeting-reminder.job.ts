import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  enterReminderNetwork,
  MailService,
  meetingReminderMail,
  NotificationService,
  reminderNetworks,
  Scheduler,
  SETTINGS_PATH,
  type PeriodicJob,
} from '@kijkje/api/core';
import { meetingReminderToSend, nextDailyAt, REMINDER_HOUR, type MeetingReminderStage } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { claimMeetingReminders, upcomingMeetings, type ReminderMeetingRow } from './meeting-calendar.queries';

/**
 * Reminders before a work meeting, daily at 06:00 Dutch time with the deadline reminders (before
 * the digest, so a person who chose it has them that morning): a week before and the day before,
 * to everyone who holds a place (meetingReminderToSend in libs/domain; the waitlist is reminded
 * once promoted), as a MEETING_REMINDER notification that follows their settings. The scheduler
 * runs each day once across every process, and meeting_reminder keeps each reminder to once even
 * when runs overlap, come late or come again; a moved meeting is reminded of afresh.
 */
@Injectable()
export class MeetingReminderJob implements PeriodicJob, OnModuleInit {
  readonly name = 'meeting-reminders';

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
    for (const networkId of await reminderNetworks(em)) {
      // Everything below reads and writes under this network's scope only.
      await enterReminderNetwork(em, networkId);
      for (const meeting of await upcomingMeetings(em, networkId, now)) await this.remind(em, networkId, meeting, now);
    }
    await enterReminderNetwork(em, '');
  }

  private async remind(em: EntityManager, networkId: string, meeting: ReminderMeetingRow, now: Date): Promise<void> {
    const startsAt = new Date(meeting.startsAt);
    const due = new Map<MeetingReminderStage, { registrationId: string; userId: string }[]>();
    for (const person of meeting.people ?? []) {
      const stage = meetingReminderToSend({ status: meeting.status, startsAt, registration: person.status }, now, person.sent);
      if (stage) due.set(stage, [...(due.get(stage) ?? []), person]);
    }
    for (const [stage, people] of due) {
      const claimed = await claimMeetingReminders(em, { networkId, registrationIds: people.map((p) => p.registrationId), startsAt, stage, sentAt: now });
      const facts = {
        title: meeting.title,
        start: startsAt,
        end: new Date(meeting.endsAt),
        where: meeting.place || meeting.onlineLink,
        link: this.mail.link(`/bijeenkomsten/${meeting.id}`),
        stage,
        settingsLink: this.mail.link(SETTINGS_PATH),
      };
      await this.notifications.notify(em, {
        networkId,
        kind: 'MEETING_REMINDER',
        subject: { type: 'meeting', id: meeting.id },
        recipients: people.filter((p) => claimed.has(p.registrationId)).map((p) => p.userId),
        mail: (to) => meetingReminderMail(to, facts),
      });
    }
  }
}
