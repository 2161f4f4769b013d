import type { Bilingual } from '../messages';

/** A plain DNS name, as an organisation's e-mail addresses end (utrecht.nl). */
const EMAIL_DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The e-mail domains a provider answers for: lower case, trimmed, without "@" or duplicates; and those that are no domain. */
export function normaliseEmailDomains(domains: readonly string[]): { domains: string[]; invalid: string[] } {
  const list = [...new Set(domains.map((d) => d.trim().toLowerCase().replace(/^@/, '')))];
  return { domains: list, invalid: list.filter((d) => !EMAIL_DOMAIN.test(d)) };
}

export function emailDomainsMessage(invalid: readonly string[]): Bilingual {
  return invalid.length
    ? {
        nl: `Geen geldig e-maildomein: ${invalid.join(', ')} (bijvoorbeeld utrecht.nl).`,
        en: `Not a valid e-mail domain: ${invalid.join(', ')} (for example utrecht.nl).`,
      }
    : { nl: 'Vul minstens één e-maildomein in, zoals utrecht.nl.', en: 'Enter at least one e-mail domain, such as utrecht.nl.' };
}

/**
 * An issuer as stored (no trailing slash), or null when it is not an https URL without query,
 * fragment or credentials; plain http only outside production (a provider on this machine).
 */
export function normaliseIssuer(issuer: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(issuer.trim());
  } catch {
    return null;
  }
  const ok = !url.search && !url.hash && !url.username && (url.protocol === 'https:' || (!production && url.protocol === 'http:'));
  return ok ? issuer.trim().replace(/\/$/, '') : null;
}

export const issuerMessage: Bilingual = {
  nl: 'Vul de issuer-URL van de identiteitsprovider in, beginnend met https://.',
  en: "Enter the identity provider's issuer URL, starting with https://.",
};

export const domainsClaimedMessage = (taken: readonly string[]): Bilingual => ({
  nl: `Een andere identiteitsprovider van dit netwerk gebruikt al: ${taken.join(', ')}.`,
  en: `Another identity provider of this network already uses: ${taken.join(', ')}.`,
});

export const unknownOrganisationMessage: Bilingual = { nl: 'Kies een organisatie van dit netwerk.', en: 'Choose an organisation of this network.' };
