import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MailService, PersonalCalendarSources, type CalendarEvent, type PersonalCalendarScope, type PersonalCalendarSource } from '@kijkje/api/core';
import { sessionInPersonalCalendar, type Language } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { feedSessions } from './track-calendar.queries';
import { sessionEvent, trackPath } from './track-session-calendar';

/**
 * The sessions of the learning tracks a person runs or takes part in, in their personal calendar
 * feed (sessionInPersonalCalendar in libs/domain): the same events, with the same SEQUENCE, as
 * their mails carry.
 */
@Injectable()
export class TrackFeed implements PersonalCalendarSource, OnModuleInit {
  constructor(
    private readonly sources: PersonalCalendarSources,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async events(em: EntityManager, scope: PersonalCalendarScope, language: Language): Promise<CalendarEvent[]> {
    const now = new Date();
    return (await feedSessions(em, scope.networkId, scope.userId))
      .filter((s) => sessionInPersonalCalendar(s, s.trackStatus, { startsAt: new Date(s.startsAt) }, now))
      .map((s) => sessionEvent({ title: s.trackTitle }, s, this.mail.link(trackPath(s.trackId)), language, Math.max(s.version, s.lastSent ?? 0)));
  }
}
