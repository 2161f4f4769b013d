import { Injectable } from '@nestjs/common';
import {
  AccessService,
  AuditService,
  MailService,
  PersonalCalendarSources,
  asLanguage,
  calendarFile,
  hashToken,
  newToken,
  notFound,
  type CalendarEvent,
  type RequestContext,
} from '@kijkje/api/core';
import { inPersonalCalendar, type VisitStatus } from '@kijkje/domain';
import { visitRelationsOf } from '../../visit-access.service';
import { visitEvents, type CalendarVisit } from '../visit-calendar';
import { enterNetwork, feedNetworks, feedOwner, feedVisits, ownFeed, removeFeed, replaceFeed } from './calendar-feed.queries';
import type { CalendarFeedAddress, CalendarFeedStatus } from './calendar-feed.views';

/** Where a feed is served; the token and `.ics` follow. */
export const FEED_PATH = '/export/agenda/persoonlijk/';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const NAMES = { nl: 'Kijkje: mijn agenda', en: 'Kijkje: my calendar' } as const;

/**
 * A person's own calendar feed: a secret address, renewable and revocable, that any calendar
 * program can subscribe to, with every visit the person takes part in, in every network they are
 * an active member of, and the appointments of the contexts that add theirs (PersonalCalendarSources:
 * the work meetings they hold a place at or run, the sessions of the learning tracks they take part in or
 * run). Only the hash of its token is stored.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly sources: PersonalCalendarSources,
  ) {}

  async status(ctx: RequestContext): Promise<CalendarFeedStatus | null> {
    const { userId } = this.access.signedIn(ctx);
    return ownFeed(ctx.em, userId);
  }

  /** Makes the feed, or gives it a new address: the old one stops working at once. */
  async renew(ctx: RequestContext): Promise<CalendarFeedAddress> {
    const { userId } = this.access.signedIn(ctx);
    const token = newToken();
    const { createdAt, renewed } = await replaceFeed(ctx.em, userId, hashToken(token));
    await this.audit.record(ctx.em, {
      networkId: null,
      actorUserId: userId,
      action: renewed ? 'calendar.feed_renewed' : 'calendar.feed_created',
      targetType: 'calendar_feed',
      targetId: userId,
      ip: ctx.ip,
    });
    return { url: this.mail.link(`${FEED_PATH}${token}.ics`), createdAt };
  }

  /** Stops the feed; whether there was one. */
  async revoke(ctx: RequestContext): Promise<boolean> {
    const { userId } = this.access.signedIn(ctx);
    const removed = await removeFeed(ctx.em, userId);
    if (removed)
      await this.audit.record(ctx.em, {
        networkId: null,
        actorUserId: userId,
        action: 'calendar.feed_revoked',
        targetType: 'calendar_feed',
        targetId: userId,
        ip: ctx.ip,
      });
    return removed;
  }

  /**
   * The feed behind a token, read as its person: network by network, scoped to them (kijkje_enter),
   * so row-level security shows only what they may see. An unknown, revoked or malformed token, or
   * a person no longer active, are all the same not-found.
   */
  async render(ctx: RequestContext, token: string): Promise<string> {
    if (!TOKEN.test(token)) throw notFound();
    const owner = await feedOwner(ctx.em, hashToken(token));
    if (!owner) throw notFound();
    const language = asLanguage(owner.language);
    const events: CalendarEvent[] = [];
    for (const networkId of await feedNetworks(ctx.em, owner.userId)) {
      const membership = await enterNetwork(ctx.em, networkId, owner.userId);
      if (!membership) continue;
      const visits: CalendarVisit[] = [];
      for (const row of await feedVisits(ctx.em, networkId, membership.organisationId, owner.userId)) {
        const relations = visitRelationsOf({
          coordinator: membership.role === 'COORDINATOR',
          host: row.hostOrganisationId === membership.organisationId,
          roundMember: false,
          reviewer: row.reviewer,
          lead: row.lead,
        });
        if (!inPersonalCalendar(relations, row.status as VisitStatus, Boolean(row.startsAt && row.endsAt))) continue;
        visits.push({ ...row, url: this.mail.link(`/bezoeken/${row.id}`) });
      }
      events.push(...visitEvents(visits, language));
      events.push(...(await this.sources.events(ctx.em, { networkId, userId: owner.userId, ...membership }, language)));
    }
    return calendarFile(events, { product: 'Agenda', language, name: NAMES[language] });
  }
}
