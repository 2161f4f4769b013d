import { Injectable } from '@nestjs/common';
import { MailService, asLanguage, calendarAttachments, visitInvitationMail, visitLeftTeamMail, type RequestContext } from '@kijkje/api/core';
import { organisationContacts, organisationLoader } from '@kijkje/api/networks';
import type { Visit } from '../visit.entity';
import { teamContacts } from '../visits.queries';
import { VISIT_FILES, visitEvents } from './visit-calendar';

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
    const link = this.mail.link(`/bezoeken/${visit.id}`);
    const calendar = { ...visit, host, sequence: visit.calendarSequence, url: link };
    const team = await teamContacts(ctx.em, visit.networkId, visit.id);
    const people = onlyUserId
      ? team.filter((p) => p.userId === onlyUserId)
      : [...(await organisationContacts(ctx.em, visit.networkId, visit.hostOrganisationId)), ...team];
    const seen = new Set<string>();
    for (const person of people) {
      if (seen.has(person.email)) continue;
      seen.add(person.email);
      const to = { name: person.name, language: asLanguage(person.language) };
      const content = visitInvitationMail(to, { host, start: visit.startsAt, end: visit.endsAt, location: visit.location, link });
      const attachments = calendarAttachments(visitEvents([calendar], to.language), 'PUBLISH', VISIT_FILES(to.language));
      await this.mail.send(ctx.em, person.email, content, { attachments });
    }
  }

  /**
   * To someone taken off the team after the invitation went out: a cancellation of the same event
   * (same UID, a higher SEQUENCE), so their calendar takes the visit out.
   */
  async cancelFor(ctx: RequestContext, visit: Visit, person: { email: string; name: string; language: string | null }): Promise<void> {
    if (!visit.startsOn || !visit.startsAt || !visit.endsAt) return;
    const host = (await organisationLoader(ctx).load(visit.hostOrganisationId))?.name ?? '';
    const link = this.mail.link(`/bezoeken/${visit.id}`);
    const to = { name: person.name, language: asLanguage(person.language) };
    const events = visitEvents([{ ...visit, host, sequence: visit.calendarSequence + 1, url: link }], to.language);
    await this.mail.send(ctx.em, person.email, visitLeftTeamMail(to, { host, start: visit.startsAt, end: visit.endsAt, link: this.mail.link('/bezoeken') }), {
      attachments: calendarAttachments(events, 'CANCEL', VISIT_FILES(to.language)),
    });
  }
}
