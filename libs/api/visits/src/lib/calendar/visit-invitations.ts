import { Injectable } from '@nestjs/common';
import { MailService, type RequestContext } from '@kijkje/api/core';
import { organisationContacts, organisationLoader } from '@kijkje/api/networks';
import { DUTCH_TIME_ZONE } from '@kijkje/domain';
import type { Visit } from '../visit.entity';
import { teamContacts } from '../visits.queries';
import { visitCalendar } from './visit-calendar';

/**
 * The visit's calendar invitation by e-mail, to the host's contacts and the review team, once the
 * host has fixed the day and time (the preparation is submitted; the plan is no longer a draft, so
 * the host's autosave does not send a mail for every keystroke). Queued in the operation's
 * transaction like every mail.
 */
@Injectable()
export class VisitInvitations {
  constructor(private readonly mail: MailService) {}

  /** To the host's contacts and the whole team, or (`onlyUserId`) to one person who just joined the team. */
  async send(ctx: RequestContext, visit: Visit, onlyUserId?: string): Promise<void> {
    if (!visit.startsOn || !visit.startsAt || !visit.endsAt) return;
    const host = (await organisationLoader(ctx).load(visit.hostOrganisationId))?.name ?? '';
    const url = this.mail.link(`/bezoeken/${visit.id}`);
    const calendar = { ...visit, host, sequence: visit.calendarSequence, url };
    const when = (lang: string) =>
      new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short', timeZone: DUTCH_TIME_ZONE }).formatRange(visit.startsAt!, visit.endsAt!);
    const team = await teamContacts(ctx.em, visit.networkId, visit.id);
    const people = onlyUserId
      ? team.filter((p) => p.userId === onlyUserId)
      : [...(await organisationContacts(ctx.em, visit.networkId, visit.hostOrganisationId)), ...team];
    const seen = new Set<string>();
    for (const person of people) {
      if (seen.has(person.email)) continue;
      seen.add(person.email);
      await this.mail.enqueue(ctx.em, {
        to: person.email,
        subject: `Kijkje: bezoek aan ${host} / visit to ${host}`,
        text:
          `Beste ${person.name},\n\nHet bezoek aan ${host} is op ${when('nl-NL')}${visit.location ? `, ${visit.location}` : ''}. ` +
          `De uitnodiging voor uw agenda zit als bijlage bij dit bericht.\n\n${url}\n\n---\n\n` +
          `The visit to ${host} is on ${when('en-GB')}${visit.location ? `, ${visit.location}` : ''}. ` +
          `The invitation for your calendar is attached to this message.\n`,
        attachments: [{ filename: 'kijkje-bezoek.ics', content: visitCalendar([calendar], 'nl'), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
      });
    }
  }
}
