import type { EntityManager } from 'typeorm';

export interface OrganisationContact {
  userId: string;
  email: string;
  name: string;
  /** 'nl' or 'en': the language their mails are written in. */
  language: string;
  organisation: string;
}

/** The active people of an organisation, to tell them something by e-mail (a promotion, shared findings, a report). */
export function organisationContacts(em: EntityManager, networkId: string, organisationId: string): Promise<OrganisationContact[]> {
  return em.query(
    `SELECT u.id AS "userId", u.email, u.name, u.language, o.name AS organisation FROM membership m
       JOIN app_user u ON u.id = m.user_id JOIN organisation o ON o.id = m.organisation_id AND o.network_id = m.network_id
      WHERE m.network_id = $1 AND m.organisation_id = $2 AND m.active AND u.active`,
    [networkId, organisationId],
  );
}
