import { findingsSharedMail, type MailService, type NotificationService } from '@kijkje/api/core';
import { organisationContacts } from '@kijkje/api/networks';
import type { Visit } from '@kijkje/api/visits';
import type { EntityManager } from 'typeorm';

/** Tells the host's contacts that findings were shared with them, and until when they may reply. */
export async function tellHostOfSharedFindings(
  notifications: NotificationService,
  mail: MailService,
  em: EntityManager,
  visit: Visit,
  count: number,
  deadline: Date,
): Promise<void> {
  const contacts = await organisationContacts(em, visit.networkId, visit.hostOrganisationId);
  const organisation = contacts[0]?.organisation ?? '';
  await notifications.notify(em, {
    networkId: visit.networkId,
    kind: 'FINDINGS_SHARED',
    subject: { type: 'visit', id: visit.id },
    recipients: contacts.map((c) => c.userId),
    mail: (to) => findingsSharedMail(to, { organisation, count, deadline, link: mail.link('/bezoeken/' + visit.id) }),
  });
}
