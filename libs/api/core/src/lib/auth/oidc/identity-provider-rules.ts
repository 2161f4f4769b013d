import { badUserInput, type FieldError } from '../../errors/app-error';

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Lower case, trimmed, without duplicates; every one a plain DNS name (BAD_USER_INPUT otherwise). */
export function normaliseDomains(domains: string[]): string[] {
  const list = [...new Set(domains.map((d) => d.trim().toLowerCase().replace(/^@/, '')))];
  const wrong = list.filter((d) => !DOMAIN.test(d));
  if (!list.length || wrong.length) {
    throw badUserInput([
      {
        field: 'emailDomains',
        messages: {
          nl: wrong.length ? `Geen geldig e-maildomein: ${wrong.join(', ')} (bijvoorbeeld utrecht.nl).` : 'Vul minstens één e-maildomein in, zoals utrecht.nl.',
          en: wrong.length
            ? `Not a valid e-mail domain: ${wrong.join(', ')} (for example utrecht.nl).`
            : 'Enter at least one e-mail domain, such as utrecht.nl.',
        },
      },
    ]);
  }
  return list;
}

/** An issuer is an https URL without query or fragment; plain http only outside production (a provider on this machine). */
export function normaliseIssuer(issuer: string, production: boolean): string {
  let url: URL | null = null;
  try {
    url = new URL(issuer.trim());
  } catch {
    url = null;
  }
  const ok = url && !url.search && !url.hash && !url.username && (url.protocol === 'https:' || (!production && url.protocol === 'http:'));
  if (!ok) {
    throw badUserInput([
      {
        field: 'issuer',
        messages: {
          nl: 'Vul de issuer-URL van de identiteitsprovider in, beginnend met https://.',
          en: "Enter the identity provider's issuer URL, starting with https://.",
        },
      },
    ]);
  }
  return issuer.trim().replace(/\/$/, '');
}

export const domainsClaimed = (taken: string[]): FieldError => ({
  field: 'emailDomains',
  messages: {
    nl: `Een andere identiteitsprovider van dit netwerk gebruikt al: ${taken.join(', ')}.`,
    en: `Another identity provider of this network already uses: ${taken.join(', ')}.`,
  },
});

export const unknownOrganisation = (): FieldError => ({
  field: 'organisationId',
  messages: { nl: 'Kies een organisatie van dit netwerk.', en: 'Choose an organisation of this network.' },
});
