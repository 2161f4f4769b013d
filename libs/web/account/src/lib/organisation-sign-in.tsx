import { useEffect, useState } from 'react';
import { ButtonLink, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

interface Provider {
  id: string;
  name: string;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,63}$/i;

/**
 * "Inloggen met uw organisatie": once the typed address belongs to a domain with single sign-on,
 * a link to /auth/oidc/start (a full page load: the organisation's sign-in page takes over).
 */
export function OrganisationSignIn({ email }: { email: string }) {
  const { t } = useTranslation();
  const [providers, setProviders] = useState<Provider[]>([]);
  const address = email.trim();

  useEffect(() => {
    if (!EMAIL.test(address)) {
      setProviders([]);
      return;
    }
    const controller = new AbortController();
    // Asked once the person stops typing for a moment, not on every key.
    const timer = setTimeout(() => {
      fetch(`/auth/oidc/available?email=${encodeURIComponent(address)}`, { signal: controller.signal, credentials: 'same-origin' })
        .then((res) => (res.ok ? res.json() : { providers: [] }))
        .then((body: { providers?: Provider[] }) => setProviders(body.providers ?? []))
        .catch(() => undefined);
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [address]);

  if (!providers.length) return null;
  return (
    <section aria-labelledby="sign-in-organisation">
      <Paragraph id="sign-in-organisation">{t('signIn.organisationIntro')}</Paragraph>
      {providers.map((p) => (
        <ButtonLink key={p.id} appearance="primary-action-button" href={`/auth/oidc/start?email=${encodeURIComponent(address)}&provider=${p.id}`}>
          {providers.length > 1 ? t('signIn.organisationNamed', { name: p.name }) : t('signIn.organisation')}
        </ButtonLink>
      ))}
    </section>
  );
}
