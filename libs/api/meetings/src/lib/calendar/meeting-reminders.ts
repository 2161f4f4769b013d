import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppointmentReminderJob, MailService, meetingReminderMail, SETTINGS_PATH, type AppointmentReminderSource, type DueAppointment } from '@kijkje/api/core';
import { meetingAudience, meetingIsAppointment, meetingReminderToSend, meetingVoice, type MeetingReminderStage } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { claimMeetingReminders, holderFacts, upcomingMeetings, type ReminderMeetingRow } from './meeting-calendar.queries';
import { meetingPath } from '../meeting-path';

/**
 * Reminders before a work meeting, on the daily appointment reminders (AppointmentReminderJob): a
 * week before and the day before, to everyone who holds it (a place, running it, hosting a table;
 * meetingReminderToSend in libs/domain; the waitlist is reminded once promoted), one reminder per
 * stage however many ways they hold it, in the voice of what they do there (meetingVoice), as a
 * MEETING_REMINDER notification that follows their settings. meeting_reminder keeps each reminder
 * to once per person; a moved meeting is reminded of afresh.
 */
@Injectable()
export class MeetingReminders implements AppointmentReminderSource, OnModuleInit {
  constructor(
    private readonly job: AppointmentReminderJob,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.job.register(this);
  }

  async due(em: EntityManager, networkId: string, now: Date): Promise<DueAppointment[]> {
    // A track session held with theme tables is reminded of as the session (TrackSessionReminders), not twice.
    return (await upcomingMeetings(em, networkId, now))
      .filter((meeting) => meetingIsAppointment(meetingAudience(meeting)))
      .flatMap((meeting) => this.appointments(networkId, meeting, now));
  }

  /** One appointment per mail the meeting's people read: those with a place, its facilitators, and the hosts of each set of tables. */
  private appointments(networkId: string, meeting: ReminderMeetingRow, now: Date): DueAppointment[] {
    const startsAt = new Date(meeting.startsAt);
    const voices = new Map<string, { role?: 'FACILITATOR' | 'TABLE_HOST'; tables: string[]; due: DueAppointment['due'] }>();
    for (const person of meeting.people ?? []) {
      const facts = holderFacts(person);
      const stage = meetingReminderToSend({ ...facts, status: meeting.status, startsAt }, now, person.sent);
      if (!stage) continue;
      const voice = meetingVoice(facts);
      const tables = voice === 'TABLE_HOST' ? person.tables : [];
      const key = JSON.stringify([voice, tables]);
      const group = voices.get(key) ?? { role: voice === 'REGISTRATION' ? undefined : voice, tables, due: [] };
      group.due.push({ key: person.userId, userId: person.userId, stage });
      voices.set(key, group);
    }
    const facts = {
      title: meeting.title,
      start: startsAt,
      end: new Date(meeting.endsAt),
      where: meeting.place || meeting.onlineLink,
      link: this.mail.link(meetingPath(meeting.id)),
      settingsLink: this.mail.link(SETTINGS_PATH),
    };
    return [...voices.values()].map(({ role, tables, due }) => ({
      kind: 'MEETING_REMINDER',
      subject: { type: 'meeting' as const, id: meeting.id },
      due,
      claim: (em, userIds, stage: MeetingReminderStage, sentAt) =>
        claimMeetingReminders(em, { networkId, meetingId: meeting.id, userIds, startsAt, stage, sentAt }),
      mail: (stage) => (to) => meetingReminderMail(to, { ...facts, stage, role, tables }),
    }));
  }
}
