import { Injectable } from '@nestjs/common';
import {
  asLanguage,
  calendarAttachments,
  MailService,
  meetingRegistrationMail,
  meetingRoleMail,
  type MailMessage,
  type MeetingMailKind,
  type MeetingRole,
  type MeetingRoleMailKind,
  type PlaceGivenUp,
  type RequestContext,
} from '@kijkje/api/core';
import {
  holdsMeeting,
  meetingAudience,
  meetingCalendarMessage,
  meetingCalendarNote,
  meetingIsAppointment,
  meetingVoice,
  nextCalendarSequence,
  toldOfMeetingChange,
  toldOfRoleChange,
  type CalendarMessage,
  type MeetingCalendarChange,
  type MeetingCalendarNote,
  type RegistrationStatus,
} from '@kijkje/domain';
import type { MeetingRow } from '../meetings.queries';
import { MEETING_FILES, meetingEvent } from './meeting-calendar';
import { calendarPeople, holderFacts, noteCalendars, type CalendarPerson } from './meeting-calendar.queries';
import { meetingPath } from '../meeting-path';

/** One person's registration changed: from what (null: new) to what; `position` on the waitlist. */
export interface RegistrationChange {
  userId: string;
  from: RegistrationStatus | null;
  to: RegistrationStatus;
  position?: number;
}

/**
 * A person was assigned to or taken off a role at the meeting; a table host's `tables` are the ones
 * concerned, by name. `place`: taken off, they gave up their place (or one on the waitlist) with it.
 */
export interface RoleChange {
  role: MeetingRole;
  kind: 'ASSIGNED' | 'REMOVED';
  userId: string;
  tables?: string[];
  place?: PlaceGivenUp | null;
}

const MAIL_KIND: Record<RegistrationStatus, (from: RegistrationStatus | null) => MeetingMailKind> = {
  REGISTERED: (from) => (from === 'WAITLISTED' ? 'PROMOTED' : 'REGISTERED'),
  WAITLISTED: () => 'WAITLISTED',
  CANCELLED: () => 'WITHDRAWN',
};

/** What one mail is about: someone's registration, or a role (a table host's names their tables; with the place given up along with it). */
type Letter =
  | { about: 'REGISTRATION'; kind: MeetingMailKind; position?: number }
  | { about: MeetingRole; kind: MeetingRoleMailKind; tables: string[]; place?: PlaceGivenUp | null };

/** A mail to write: to whom, about what, the calendar message it carries and what it tells of the calendar. */
interface Outgoing {
  person: CalendarPerson;
  letter: Letter;
  message: CalendarMessage | null;
  note: MeetingCalendarNote | null;
}

/**
 * What the people of a meeting are told by mail, in the operation's transaction, with the meeting's
 * calendar file where their calendar needs it: their registration, being assigned to or taken off
 * as facilitator or table host, the meeting announced (its table hosts' invitation), moving (the
 * same event with a higher SEQUENCE) or cancelled (a cancellation of that event). A person is one
 * calendar however they stand to the meeting: what it gets is holdsMeeting, meetingCalendarMessage
 * and nextCalendarSequence in libs/domain, and meeting_calendar remembers what each got; a change
 * to the whole meeting is one mail each, in the voice of what they do there (meetingVoice). A
 * track session held with theme tables is no appointment of its own (meetingIsAppointment): its
 * people have the session in their calendar and hear of it from the track, so nothing goes out here.
 */
@Injectable()
export class MeetingMails {
  constructor(private readonly mail: MailService) {}

  /** After registrations changed (registered, waitlisted, promoted, withdrawn): each person hears what it means for them. */
  async registrationsChanged(ctx: RequestContext, meeting: MeetingRow, changes: readonly RegistrationChange[]): Promise<void> {
    if (!changes.length) return;
    const people = await calendarPeople(ctx.em, meeting.networkId, meeting.id, [...new Set(changes.map((c) => c.userId))]);
    const now = new Date();
    await this.send(
      ctx,
      meeting,
      people.map((person) => {
        const change = changes.find((c) => c.userId === person.userId)!;
        const letter: Letter = { about: 'REGISTRATION', kind: MAIL_KIND[change.to](change.from), position: change.position };
        return { person, letter, ...this.calendar('HOLDERS', person, meeting, now) };
      }),
    );
  }

  /**
   * After someone was assigned to or taken off a role: they hear of it while they hold the meeting
   * or their calendar changes, or when they gave up their place with it (toldOfRoleChange): one
   * mail, with what their calendar gets after all of it.
   */
  async roleChanged(ctx: RequestContext, meeting: MeetingRow, change: RoleChange): Promise<void> {
    const [person] = await calendarPeople(ctx.em, meeting.networkId, meeting.id, [change.userId]);
    if (!person) return;
    const calendar = this.calendar('HOLDERS', person, meeting, new Date());
    if (!toldOfRoleChange(calendar.message, calendar.holds, !!change.place)) return;
    const letter: Letter = { about: change.role, kind: change.kind, tables: change.tables ?? [], place: change.place };
    await this.send(ctx, meeting, [{ person, letter, ...calendar }]);
  }

  /** The meeting was announced (a draft opened): those who hold it from now on, its table hosts, get their invitation, naming their tables. */
  async announced(ctx: RequestContext, meeting: MeetingRow): Promise<void> {
    const now = new Date();
    const mails: Outgoing[] = [];
    for (const person of await calendarPeople(ctx.em, meeting.networkId, meeting.id, null)) {
      const calendar = this.calendar('HOLDERS', person, meeting, now);
      const voice = meetingVoice(holderFacts(person));
      if (calendar.message && voice !== 'REGISTRATION') mails.push({ person, letter: { about: voice, kind: 'ASSIGNED', tables: person.tables }, ...calendar });
    }
    await this.send(ctx, meeting, mails);
  }

  /** The meeting's time or place changed: the updated invitation to everyone who holds it, once each; those waiting hear it without one. */
  async moved(ctx: RequestContext, meeting: MeetingRow, exceptUserIds: readonly string[] = []): Promise<void> {
    await this.wholeMeeting(ctx, meeting, 'MOVED', exceptUserIds);
  }

  /** The meeting was cancelled: a cancellation for every calendar that has it, once each; those waiting hear it too. */
  async cancelled(ctx: RequestContext, meeting: MeetingRow): Promise<void> {
    await this.wholeMeeting(ctx, meeting, 'CANCELLED', []);
  }

  private async wholeMeeting(ctx: RequestContext, meeting: MeetingRow, change: 'MOVED' | 'CANCELLED', except: readonly string[]): Promise<void> {
    const now = new Date();
    const mails: Outgoing[] = [];
    for (const person of await calendarPeople(ctx.em, meeting.networkId, meeting.id, null)) {
      if (except.includes(person.userId)) continue;
      const facts = holderFacts(person);
      const calendar = this.calendar(change, person, meeting, now);
      if (!toldOfMeetingChange(calendar.message, facts)) continue;
      const voice = meetingVoice(facts);
      const letter: Letter = voice === 'REGISTRATION' ? { about: voice, kind: change } : { about: voice, kind: change, tables: person.tables };
      mails.push({ person, letter, ...calendar });
    }
    await this.send(ctx, meeting, mails);
  }

  /** What one person's calendar gets after `change`, and what their mail tells of it. */
  private calendar(change: MeetingCalendarChange, person: CalendarPerson, meeting: MeetingRow, now: Date) {
    const holds = holdsMeeting(holderFacts(person), meeting.status);
    const message = meetingCalendarMessage(change, { holds, inCalendar: person.inCalendar }, meeting, now);
    return { holds, message, note: meetingCalendarNote(message, { holds, inCalendar: person.inCalendar }) };
  }

  private async send(ctx: RequestContext, meeting: MeetingRow, mails: Outgoing[]): Promise<void> {
    if (!mails.length || !meetingIsAppointment(meetingAudience(meeting))) return;
    const link = this.mail.link(meetingPath(meeting.id));
    const facts = { title: meeting.title, start: meeting.startsAt, end: meeting.endsAt, where: meeting.place || meeting.onlineLink, link };
    const messages: MailMessage[] = [];
    const sent: { userId: string; sequence: number; inCalendar: boolean }[] = [];
    for (const { person, letter, message, note } of mails) {
      const to = { name: person.name, language: asLanguage(person.language) };
      const content =
        letter.about === 'REGISTRATION'
          ? meetingRegistrationMail(to, { ...facts, kind: letter.kind, calendar: note, position: letter.position })
          : meetingRoleMail(to, { ...facts, role: letter.about, kind: letter.kind, tables: letter.tables, calendar: note, place: letter.place });
      if (!message) {
        messages.push(this.mail.render(person.email, content));
        continue;
      }
      const sequence = nextCalendarSequence(meeting.version, person.sequence);
      sent.push({ userId: person.userId, sequence, inCalendar: message === 'PUBLISH' });
      const attachments = calendarAttachments([meetingEvent(meeting, link, to.language, sequence)], message, MEETING_FILES(to.language));
      messages.push(this.mail.render(person.email, content, { attachments }));
    }
    await noteCalendars(ctx.em, meeting.networkId, meeting.id, sent);
    await this.mail.enqueueAll(ctx.em, messages);
  }
}
