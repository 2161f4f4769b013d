import { Injectable, type OnModuleInit } from '@nestjs/common';
import { meetingPath } from '@kijkje/api/meetings';
import {
  AppointmentReminderJob,
  MailService,
  SETTINGS_PATH,
  trackSessionReminderMail,
  type AppointmentReminderSource,
  type DueAppointment,
} from '@kijkje/api/core';
import { sessionReminderToSend } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { claimSessionReminders, upcomingSessions, type ReminderSessionRow } from './track-calendar.queries';
import { trackPath } from './track-session-calendar';

/**
 * Reminders before a session of a learning track, on the daily appointment reminders
 * (AppointmentReminderJob, as work meetings): a week before and the day before, to its
 * facilitators and accepted participants (sessionReminderToSend in libs/domain), as a
 * TRACK_SESSION_REMINDER notification that follows their settings. track_session_reminder keeps
 * each reminder to once; a moved session is reminded of afresh; a closed track's none. A session
 * held with theme tables is reminded of with the link to its tables (its meeting sends none of its own).
 */
@Injectable()
export class TrackSessionReminders implements AppointmentReminderSource, OnModuleInit {
  constructor(
    private readonly job: AppointmentReminderJob,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.job.register(this);
  }

  async due(em: EntityManager, networkId: string, now: Date): Promise<DueAppointment[]> {
    return (await upcomingSessions(em, networkId, now)).map((session) => this.appointment(networkId, session, now));
  }

  private appointment(networkId: string, session: ReminderSessionRow, now: Date): DueAppointment {
    const startsAt = new Date(session.startsAt);
    const due: DueAppointment['due'] = [];
    for (const person of session.people ?? []) {
      const stage = sessionReminderToSend({ ...person, status: session.trackStatus, startsAt }, now, person.sent);
      if (stage) due.push({ key: person.userId, userId: person.userId, stage });
    }
    const facts = {
      track: session.trackTitle,
      session: {
        title: session.title,
        start: startsAt,
        end: new Date(session.endsAt),
        place: session.place,
        tablesLink: session.meetingId ? this.mail.link(meetingPath(session.meetingId)) : null,
      },
      link: this.mail.link(trackPath(session.trackId)),
      settingsLink: this.mail.link(SETTINGS_PATH),
    };
    return {
      kind: 'TRACK_SESSION_REMINDER',
      subject: { type: 'track', id: session.trackId },
      due,
      claim: (em, userIds, stage, sentAt) => claimSessionReminders(em, { networkId, sessionId: session.id, userIds, startsAt, stage, sentAt }),
      mail: (stage) => (to) => trackSessionReminderMail(to, { ...facts, stage }),
    };
  }
}
