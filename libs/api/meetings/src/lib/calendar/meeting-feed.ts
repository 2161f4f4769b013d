import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MailService, PersonalCalendarSources, type CalendarEvent, type PersonalCalendarScope, type PersonalCalendarSource } from '@kijkje/api/core';
import { holdsMeeting, meetingAudience, meetingIsAppointment, type Language } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { meetingEvent } from './meeting-calendar';
import { feedMeetings, holderFacts } from './meeting-calendar.queries';
import { meetingPath } from '../meeting-path';

/**
 * The work meetings a person holds (a place, running it as a facilitator, hosting one of its
 * tables: holdsMeeting), in their personal calendar feed: the same event as the mails and the file carry.
 */
@Injectable()
export class MeetingFeed implements PersonalCalendarSource, OnModuleInit {
  constructor(
    private readonly sources: PersonalCalendarSources,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async events(em: EntityManager, scope: PersonalCalendarScope, language: Language): Promise<CalendarEvent[]> {
    return (
      (await feedMeetings(em, scope.networkId, scope.userId))
        // A track session held with theme tables is in the feed as the session (TrackFeed), not twice.
        .filter((m) => meetingIsAppointment(meetingAudience(m)) && holdsMeeting(holderFacts(m), m.status))
        .map((m) => meetingEvent(m, this.mail.link(meetingPath(m.id)), language, m.sequence))
    );
  }
}
