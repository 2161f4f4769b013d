import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppointmentReminderJob, MailService, meetingReminderMail, SETTINGS_PATH, type AppointmentReminderSource, type DueAppointment } from '@kijkje/api/core';
import { meetingReminderToSend, type MeetingReminderStage } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { claimMeetingReminders, upcomingMeetings, type ReminderMeetingRow } from './meeting-calendar.queries';
import { claimFacilitatorReminders } from './meeting-facilitator-calendar.queries';

/**
 * Reminders before a work meeting, on the daily appointment reminders (AppointmentReminderJob): a
 * week before and the day before, to everyone who holds a place and to its facilitators
 * (meetingReminderToSend in libs/domain; the waitlist is reminded once promoted), as a
 * MEETING_REMINDER notification that follows their settings. meeting_reminder and
 * meeting_facilitator_reminder keep each reminder to once; a moved meeting is reminded of afresh.
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
    return (await upcomingMeetings(em, networkId, now)).flatMap((meeting) => this.appointments(networkId, meeting, now));
  }

  /** Those with a place, and the facilitators: each their own mail and their own record of what was sent. */
  private appointments(networkId: string, meeting: ReminderMeetingRow, now: Date): DueAppointment[] {
    const startsAt = new Date(meeting.startsAt);
    const registered: DueAppointment['due'] = [];
    for (const person of meeting.people ?? []) {
      const stage = meetingReminderToSend({ status: meeting.status, startsAt, facilitator: false, registration: person.status }, now, person.sent);
      if (stage) registered.push({ key: person.registrationId, userId: person.userId, stage });
    }
    const facilitators: DueAppointment['due'] = [];
    for (const person of meeting.facilitators ?? []) {
      const stage = meetingReminderToSend({ status: meeting.status, startsAt, facilitator: true, registration: null }, now, person.sent);
      if (stage) facilitators.push({ key: person.userId, userId: person.userId, stage });
    }
    const facts = {
      title: meeting.title,
      start: startsAt,
      end: new Date(meeting.endsAt),
      where: meeting.place || meeting.onlineLink,
      link: this.mail.link(`/bijeenkomsten/${meeting.id}`),
      settingsLink: this.mail.link(SETTINGS_PATH),
    };
    const subject = { type: 'meeting' as const, id: meeting.id };
    return [
      {
        kind: 'MEETING_REMINDER',
        subject,
        due: registered,
        claim: (em, registrationIds, stage: MeetingReminderStage, sentAt) => claimMeetingReminders(em, { networkId, registrationIds, startsAt, stage, sentAt }),
        mail: (stage) => (to) => meetingReminderMail(to, { ...facts, stage }),
      },
      {
        kind: 'MEETING_REMINDER',
        subject,
        due: facilitators,
        claim: (em, userIds, stage: MeetingReminderStage, sentAt) =>
          claimFacilitatorReminders(em, { networkId, meetingId: meeting.id, userIds, startsAt, stage, sentAt }),
        mail: (stage) => (to) => meetingReminderMail(to, { ...facts, stage, facilitator: true }),
      },
    ];
  }
}
