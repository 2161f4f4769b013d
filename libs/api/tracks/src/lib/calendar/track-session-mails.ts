import { Injectable } from '@nestjs/common';
import { meetingPath } from '@kijkje/api/meetings';
import {
  asLanguage,
  calendarAttachments,
  MailService,
  trackSessionMail,
  trackSessionTablesMail,
  type MailMessage,
  type RequestContext,
  type TrackSessionMailKind,
} from '@kijkje/api/core';
import {
  holdsTrackSessions,
  nextCalendarSequence,
  sessionCalendarMessage,
  toldOfSessionTables,
  type CalendarMessage,
  type SessionChange,
  type TrackStatus,
} from '@kijkje/domain';
import {
  calendarSessions,
  noteSessionCalendars,
  sessionCalendars,
  sessionPeople,
  type CalendarSessionRow,
  type SessionCalendarRow,
  type SessionPerson,
} from './track-calendar.queries';
import { sessionEvent, TRACK_FILES, trackPath } from './track-session-calendar';

/** The track as the mails name it, with its status after the change. */
export interface CalendarTrack {
  id: string;
  title: string;
  status: TrackStatus;
}

/** The mail that goes with a calendar message: the change itself, or for a person who began or stopped holding the sessions, that. */
const mailKind = (change: SessionChange, message: CalendarMessage): TrackSessionMailKind =>
  change === 'HOLDERS' ? (message === 'PUBLISH' ? 'JOINED' : 'LEFT') : change;

/**
 * What the people of a learning track hear of its sessions by mail, in the operation's transaction,
 * with a calendar file for each session concerned attached: a session added or moved (the invitation, or the
 * same event with a higher SEQUENCE), removed or ahead of a track that closed (a cancellation),
 * and their own sessions when they begin or stop holding them (accepted, promoted, withdrawn,
 * declined; assigned or taken off as facilitator). Who gets what is sessionCalendarMessage and
 * nextCalendarSequence in libs/domain; track_session_calendar remembers what each calendar got.
 * A session held with theme tables is the appointment of its meeting too: its invitations lead to
 * the meeting's page (those who hold the sessions are the audience of its tables).
 */
@Injectable()
export class TrackSessionMails {
  constructor(private readonly mail: MailService) {}

  /**
   * After `change`: each person concerned (`userIds`, or everyone of the track) hears of the
   * sessions concerned (`sessionIds`, or all of the track's) what it means for their calendar.
   * A session being removed is told before it goes (its calendar rows go with it).
   */
  async changed(
    ctx: RequestContext,
    networkId: string,
    track: CalendarTrack,
    change: SessionChange,
    which: { sessionIds?: string[]; userIds?: string[] } = {},
  ): Promise<void> {
    if (which.userIds?.length === 0) return;
    const sessions = await calendarSessions(ctx.em, networkId, track.id, which.sessionIds ?? null);
    if (!sessions.length) return;
    const people = await sessionPeople(ctx.em, networkId, track.id, which.userIds ?? null);
    if (!people.length) return;
    const before = await sessionCalendars(
      ctx.em,
      networkId,
      sessions.map((s) => s.id),
    );
    const calendars = new Map(before.map((c) => [`${c.sessionId}:${c.userId}`, c]));
    const now = new Date();
    const link = this.mail.link(trackPath(track.id));
    const messages: MailMessage[] = [];
    const sent: SessionCalendarRow[] = [];
    for (const person of people) {
      const holds = holdsTrackSessions(person, track.status);
      const due = new Map<CalendarMessage, CalendarSessionRow[]>();
      for (const session of sessions) {
        const message = sessionCalendarMessage(
          change,
          { holds, inCalendar: calendars.get(`${session.id}:${person.userId}`)?.inCalendar ?? false },
          session,
          now,
        );
        if (message) due.set(message, [...(due.get(message) ?? []), session]);
      }
      for (const [message, concerned] of due) {
        messages.push(this.message(person, track, mailKind(change, message), message, concerned, link, calendars, sent));
      }
    }
    await noteSessionCalendars(ctx.em, networkId, sent);
    await this.mail.enqueueAll(ctx.em, messages);
  }

  /**
   * The session will be held with theme tables (its meeting just made): whoever holds the track's
   * sessions hears it once, while the session is still to come (toldOfSessionTables), led to the
   * tables. Their calendars have the session already and keep it as it is.
   */
  async heldWithTables(ctx: RequestContext, networkId: string, track: CalendarTrack, sessionId: string): Promise<void> {
    const [session] = await calendarSessions(ctx.em, networkId, track.id, [sessionId]);
    if (!session?.meetingId) return;
    const now = new Date();
    const facts = { title: session.title, start: new Date(session.startsAt), end: new Date(session.endsAt), place: session.place };
    const tablesLink = this.mail.link(meetingPath(session.meetingId));
    const link = this.mail.link(trackPath(track.id));
    const messages = (await sessionPeople(ctx.em, networkId, track.id, null))
      .filter((person) => toldOfSessionTables(person, track.status, { startsAt: facts.start }, now))
      .map((person) =>
        this.mail.render(
          person.email,
          trackSessionTablesMail(
            { name: person.name, language: asLanguage(person.language) },
            { track: track.title, session: facts, facilitator: person.facilitator, tablesLink, link },
          ),
        ),
      );
    await this.mail.enqueueAll(ctx.em, messages);
  }

  private message(
    person: SessionPerson,
    track: CalendarTrack,
    kind: TrackSessionMailKind,
    method: CalendarMessage,
    sessions: CalendarSessionRow[],
    link: string,
    calendars: Map<string, SessionCalendarRow>,
    sent: SessionCalendarRow[],
  ): MailMessage {
    const to = { name: person.name, language: asLanguage(person.language) };
    const events = sessions.map((session) => {
      const sequence = nextCalendarSequence(session.version, calendars.get(`${session.id}:${person.userId}`)?.sequence ?? null);
      sent.push({ sessionId: session.id, userId: person.userId, sequence, inCalendar: method === 'PUBLISH' });
      return sessionEvent(track, session, link, to.language, sequence);
    });
    const content = trackSessionMail(to, {
      kind,
      track: track.title,
      sessions: sessions.map((s) => ({
        title: s.title,
        start: new Date(s.startsAt),
        end: new Date(s.endsAt),
        place: s.place,
        tablesLink: s.meetingId ? this.mail.link(meetingPath(s.meetingId)) : null,
      })),
      // Someone whose calendar had the sessions without ever applying ran the track (a facilitator taken off).
      facilitator: person.facilitator || person.participation === null,
      calendar: method,
      link,
    });
    // One file per session: a calendar takes only the first event of an invitation with several.
    return this.mail.render(person.email, content, { attachments: calendarAttachments(events, method, TRACK_FILES(to.language)) });
  }
}
