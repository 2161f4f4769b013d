import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MyAccountDocument } from '@kijkje/web/data-access';
import { ErrorState, LoadingState, RouterLink, usePageTitle } from '@kijkje/web/ui';
import { LanguageSection } from './language-section';
import { NameSection } from './name-section';
import { PasswordSection } from './password-section';
import { SecondFactorSection } from './second-factor-section';
import { SessionsSection } from './sessions-section';
import { PrivacySections } from '../privacy/privacy-sections';
import './account.css';

/**
 * "Mijn account" (issue 15, self-service): name, language, password, where the person is signed
 * in, their networks and roles, and the way to their notification and calendar settings.
 * The second factor has a section of its own, after the password.
 */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const { data, loading, error, refetch } = useQuery(MyAccountDocument, { fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  const viewer = data?.viewer;
  if (!viewer) return <LoadingState />;
  const reloadName = async () => (await refetch()).data?.viewer?.user.name ?? null;

  return (
    <div className="kijkje-account">
      <Heading level={1}>{t('account.title')}</Heading>
      <Paragraph>{t('account.intro')}</Paragraph>
      <NameSection key={viewer.user.id} name={viewer.user.name} version={viewer.user.version} email={viewer.user.email} reload={reloadName} />
      <LanguageSection language={viewer.language} />
      <PasswordSection />
      <SecondFactorSection required={viewer.secondFactorRequired} />
      <SessionsSection />
      <section aria-labelledby="account-networks">
        <Heading level={2} id="account-networks">
          {t('account.networks.title')}
        </Heading>
        {viewer.memberships.length === 0 ? (
          <Paragraph>{t('account.networks.none')}</Paragraph>
        ) : (
          <UnorderedList>
            {viewer.memberships.map((m) => (
              <UnorderedListItem key={m.id} data-testid="account-network">
                <strong>{m.network.name}</strong>
                <br />
                {t('account.networks.role', { role: t(`roles.${m.role}`) })}
                {m.organisation && (
                  <>
                    <br />
                    {t('account.networks.organisation', { organisation: m.organisation.name })}
                  </>
                )}
                {viewer.currentNetwork?.id === m.network.id && (
                  <>
                    <br />
                    {t('account.networks.current')}
                  </>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      <section aria-labelledby="account-more">
        <Heading level={2} id="account-more">
          {t('account.more.title')}
        </Heading>
        <UnorderedList>
          <UnorderedListItem>
            <RouterLink to="/account/meldingen">{t('account.more.notifications')}</RouterLink>
          </UnorderedListItem>
          <UnorderedListItem>
            <RouterLink to="/account/agenda">{t('account.more.calendar')}</RouterLink>
          </UnorderedListItem>
        </UnorderedList>
      </section>
      <PrivacySections />
    </div>
  );
}
