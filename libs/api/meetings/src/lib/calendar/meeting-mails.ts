import { Injectable } from '@nestjs/common';
import {
  asLanguage,
  calendarAttachments,
  MailService,
  meetingRegistrationMail,
  type MailMessage,
  type MeetingMailKind,
  type RequestContext,
} from '@kijkje/api/core';
import { calendarMessageFor, nextCalendarSequence, type CalendarMessage, type RegistrationStatus } from '@kijkje/domain';
import type { MeetingRow } from '../meetings.queries';
import { MEETING_FILES, meetingEvent } from './meeting-calendar';
import { MeetingFacilitatorMails } from './meeting-facilitator-mails';
import { calendarPeople, noteCalendarSequences, type CalendarPerson } from './meeting-calendar.queries';

/** One person's registration changed: from what (null: new) to what; `position` on the waitlist. */
export interface RegistrationChange {
  registrationId: string;
  from: RegistrationStatus | null;
  to: RegistrationStatus;
  position?: number;
}

const MAIL_KIND: Record<RegistrationStatus, (from: RegistrationStatus | null) => MeetingMailKind> = {
  REGISTERED: (from) => (from === 'WAITLISTED' ? 'PROMOTED' : 'REGISTERED'),
  WAITLISTED: () => 'WAITLISTED',
  CANCELLED: () => 'WITHDRAWN',
};

/**
 * What the people registered for a meeting are told by mail, in the operation's transaction: their
 * registration (with the meeting's calendar file where they hold a place), the meeting moving (the
 * same event with a higher SEQUENCE), a place given up or the meeting cancelled (a cancellation of
 * that event). Which message a calendar gets is calendarMessageFor / nextCalendarSequence in
 * libs/domain; each registration remembers the SEQUENCE it was last sent. The meeting's
 * facilitators hear of it moving or being cancelled too (MeetingFacilitatorMails).
 */
@Injectable()
export class MeetingMails {
  constructor(
    private readonly mail: MailService,
    private readonly facilitators: MeetingFacilitatorMails,
  ) {}

  /** After registrations changed (registered, waitlisted, promoted, withdrawn): each person hears what it means for them. */
  async registrationsChanged(ctx: RequestContext, meeting: MeetingRow, changes: readonly RegistrationChange[]): Promise<void> {
    if (!changes.length) return;
    const people = await calendarPeople(ctx.em, meeting.networkId, meeting.id, [...new Set(changes.map((c) => c.registrationId))]);
    await this.send(
      ctx,
      meeting,
      people.map((person) => {
        const change = changes.find((c) => c.registrationId === person.registrationId)!;
        const calendar = calendarMessageFor(change.from, change.to, person.calendarSequence !== null);
        return { person, kind: MAIL_KIND[change.to](change.from), calendar, position: change.position };
      }),
    );
  }

  /** The meeting's time or place changed: the updated invitation to everyone with a place and its facilitators; those waiting hear it without one. */
  async moved(ctx: RequestContext, meeting: MeetingRow, except: readonly string[] = []): Promise<void> {
    await this.facilitators.changed(ctx, meeting, 'MOVED');
    const people = (await calendarPeople(ctx.em, meeting.networkId, meeting.id, null)).filter((p) => !except.includes(p.registrationId));
    await this.send(
      ctx,
      meeting,
      people
        .filter((p) => p.status !== 'CANCELLED')
        .map((person) => ({ person, kind: 'MOVED' as const, calendar: person.status === 'REGISTERED' ? ('PUBLISH' as const) : null })),
    );
  }

  /** The meeting was cancelled: a cancellation for every calendar that has it (its facilitators' too); those waiting hear it too. */
  async cancelled(ctx: RequestContext, meeting: MeetingRow): Promise<void> {
    await this.facilitators.changed(ctx, meeting, 'CANCELLED');
    const people = await calendarPeople(ctx.em, meeting.networkId, meeting.id, null);
    await this.send(
      ctx,
      meeting,
      people
        .filter((p) => p.status !== 'CANCELLED')
        .map((person) => ({
          person,
          kind: 'CANCELLED' as const,
          calendar: person.status === 'REGISTERED' && person.calendarSequence !== null ? ('CANCEL' as const) : null,
        })),
    );
  }

  private async send(
    ctx: RequestContext,
    meeting: MeetingRow,
    mails: { person: CalendarPerson; kind: MeetingMailKind; calendar: CalendarMessage | null; position?: number }[],
  ): Promise<void> {
    const link = this.mail.link(`/bijeenkomsten/${meeting.id}`);
    const messages: MailMessage[] = [];
    const sent: { registrationId: string; sequence: number }[] = [];
    for (const { person, kind, calendar, position } of mails) {
      const to = { name: person.name, language: asLanguage(person.language) };
      const content = meetingRegistrationMail(to, {
        kind,
        calendar,
        position,
        title: meeting.title,
        start: meeting.startsAt,
        end: meeting.endsAt,
        where: meeting.place || meeting.onlineLink,
        link,
      });
      if (!calendar) {
        messages.push(this.mail.render(person.email, content));
        continue;
      }
      const sequence = nextCalendarSequence(meeting.version, person.calendarSequence);
      sent.push({ registrationId: person.registrationId, sequence });
      const attachments = calendarAttachments([meetingEvent(meeting, link, to.language, sequence)], calendar, MEETING_FILES(to.language));
      messages.push(this.mail.render(person.email, content, { attachments }));
    }
    await noteCalendarSequences(ctx.em, meeting.networkId, sent);
    await this.mail.enqueueAll(ctx.em, messages);
  }
}
