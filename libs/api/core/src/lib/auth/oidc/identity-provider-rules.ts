import {
  domainsClaimedMessage,
  emailDomainsMessage,
  issuerMessage,
  normaliseEmailDomains,
  normaliseIssuer as issuerOf,
  unknownOrganisationMessage,
} from '@kijkje/domain';
import { badUserInput, type FieldError } from '../../errors/app-error';

/** The provider's e-mail domains by the rule of libs/domain, or BAD_USER_INPUT naming what is wrong. */
export function normaliseDomains(domains: string[]): string[] {
  const { domains: list, invalid } = normaliseEmailDomains(domains);
  if (!list.length || invalid.length) throw badUserInput([{ field: 'emailDomains', messages: emailDomainsMessage(invalid) }]);
  return list;
}

/** The issuer by the rule of libs/domain, or BAD_USER_INPUT. */
export function normaliseIssuer(issuer: string, production: boolean): string {
  const normalised = issuerOf(issuer, production);
  if (normalised === null) throw badUserInput([{ field: 'issuer', messages: issuerMessage }]);
  return normalised;
}

export const domainsClaimed = (taken: string[]): FieldError => ({ field: 'emailDomains', messages: domainsClaimedMessage(taken) });

export const unknownOrganisation = (): FieldError => ({ field: 'organisationId', messages: unknownOrganisationMessage });
