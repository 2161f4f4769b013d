import { asLanguage, findingsSharedMail, type MailService } from '@kijkje/api/core';
import { organisationContacts } from '@kijkje/api/networks';
import type { Visit } from '@kijkje/api/visits';
import type { EntityManager } from 'typeorm';

/** Tells the host's contacts that findings were shared with them, and until when they may reply. */
export async function tellHostOfSharedFindings(mail: MailService, em: EntityManager, visit: Visit, count: number, deadline: Date): Promise<void> {
  const contacts = await organisationContacts(em, visit.networkId, visit.hostOrganisationId);
  for (const c of contacts) {
    const to = { name: c.name, language: asLanguage(c.language) };
    await mail.send(em, c.email, findingsSharedMail(to, { organisation: c.organisation, count, deadline, link: mail.link('/bezoeken/' + visit.id) }));
  }
}
