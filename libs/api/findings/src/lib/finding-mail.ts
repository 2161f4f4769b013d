import type { MailService } from '@kijkje/api/core';
import { organisationContacts } from '@kijkje/api/networks';
import type { Visit } from '@kijkje/api/visits';
import type { EntityManager } from 'typeorm';

/** Tells the host's contacts that findings were shared with them, and until when they may reply. */
export async function tellHostOfSharedFindings(mail: MailService, em: EntityManager, visit: Visit, count: number, deadline: Date): Promise<void> {
  const contacts = await organisationContacts(em, visit.networkId, visit.hostOrganisationId);
  const date = (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(deadline);
  for (const c of contacts) {
    await mail.enqueue(em, {
      to: c.email,
      subject: `Kijkje: bevindingen van het bezoek aan ${c.organisation} / findings of your visit`,
      text:
        `Beste ${c.name},\n\nHet reviewteam heeft ${count} bevinding(en) van het bezoek aan ${c.organisation} met u gedeeld. ` +
        `U kunt tot en met ${date('nl-NL')} op elke bevinding reageren en aangeven of die geanonimiseerd in de oogst mag.\n\n` +
        `${mail.link('/bezoeken/' + visit.id)}\n\n---\n\n` +
        `The review team has shared ${count} finding(s) of the visit to ${c.organisation}. You can reply to each until ${date('en-GB')} ` +
        `and decide whether it may be used, anonymised, in the harvest.\n`,
    });
  }
}
