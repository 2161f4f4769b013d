import { Injectable } from '@nestjs/common';
import type { Language, Role } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import type { CalendarEvent } from './calendar-file';

/** A person inside one network, as their personal calendar feed reads it (kijkje_enter set the scope). */
export interface PersonalCalendarScope {
  networkId: string;
  userId: string;
  role: Role;
  organisationId: string | null;
}

/** A context's appointments in people's personal feeds (work meetings, track sessions); it registers itself (onModuleInit). */
export interface PersonalCalendarSource {
  /** Under the person's scope in one network: the events that are theirs. */
  events(em: EntityManager, scope: PersonalCalendarScope, language: Language): Promise<CalendarEvent[]>;
}

/**
 * The contexts whose appointments a personal calendar feed holds besides the visits, so that the
 * feed (in visits) need not know the contexts further down the life cycle.
 */
@Injectable()
export class PersonalCalendarSources {
  private readonly sources: PersonalCalendarSource[] = [];

  register(source: PersonalCalendarSource): void {
    this.sources.push(source);
  }

  async events(em: EntityManager, scope: PersonalCalendarScope, language: Language): Promise<CalendarEvent[]> {
    const all: CalendarEvent[] = [];
    for (const source of this.sources) all.push(...(await source.events(em, scope, language)));
    return all;
  }
}
