import { Injectable } from '@nestjs/common';
import { asLanguage, calendarAttachments, MailService, meetingFacilitatorMail, type MailMessage, type RequestContext } from '@kijkje/api/core';
import { facilitatorCalendarMessage, holdsMeeting, nextCalendarSequence, type FacilitationChange } from '@kijkje/domain';
import type { MeetingRow } from '../meetings.queries';
import { MEETING_FILES, meetingEvent } from './meeting-calendar';
import { calendarFacilitators, noteFacilitatorCalendars } from './meeting-facilitator-calendar.queries';

/**
 * What the facilitators of a meeting are told by mail, in the operation's transaction, with the
 * meeting's calendar file: their assignment (the invitation), the meeting moving (the same event
 * with a higher SEQUENCE), being taken off or the meeting cancelled (a cancellation of that event).
 * Who holds the meeting and what their calendar gets is holdsMeeting, facilitatorCalendarMessage
 * and nextCalendarSequence in libs/domain; meeting_facilitator_calendar remembers what each got.
 */
@Injectable()
export class MeetingFacilitatorMails {
  constructor(private readonly mail: MailService) {}

  /** After `change`: each facilitator concerned (`userIds`, or all of the meeting and those whose calendar has it) hears what it means for their calendar. */
  async changed(ctx: RequestContext, meeting: MeetingRow, change: FacilitationChange, userIds: string[] | null = null): Promise<void> {
    const people = await calendarFacilitators(ctx.em, meeting.networkId, meeting.id, userIds);
    if (!people.length) return;
    const link = this.mail.link(`/bijeenkomsten/${meeting.id}`);
    const now = new Date();
    const messages: MailMessage[] = [];
    const sent: { userId: string; sequence: number; inCalendar: boolean }[] = [];
    for (const person of people) {
      const holds = holdsMeeting({ facilitator: person.facilitator, registration: null }, meeting.status);
      const calendar = facilitatorCalendarMessage(change, { holds, inCalendar: person.inCalendar }, meeting, now);
      if (!calendar) continue;
      const sequence = nextCalendarSequence(meeting.version, person.sequence);
      sent.push({ userId: person.userId, sequence, inCalendar: calendar === 'PUBLISH' });
      const to = { name: person.name, language: asLanguage(person.language) };
      const content = meetingFacilitatorMail(to, {
        kind: change,
        calendar,
        title: meeting.title,
        start: meeting.startsAt,
        end: meeting.endsAt,
        where: meeting.place || meeting.onlineLink,
        link,
      });
      const attachments = calendarAttachments([meetingEvent(meeting, link, to.language, sequence)], calendar, MEETING_FILES(to.language));
      messages.push(this.mail.render(person.email, content, { attachments }));
    }
    await noteFacilitatorCalendars(ctx.em, meeting.networkId, meeting.id, sent);
    await this.mail.enqueueAll(ctx.em, messages);
  }
}
