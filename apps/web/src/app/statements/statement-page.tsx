import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Markdown, usePageTitle } from '@kijkje/web/ui';
import { ACCESSIBILITY, PRIVACY } from './statement-texts';

function Statement({ titleKey, text }: { titleKey: string; text: { nl: string; en: string } }) {
  const { t, i18n } = useTranslation();
  usePageTitle(t(titleKey));
  return (
    <article className="kijkje-statement" lang={i18n.language === 'en' ? 'en' : 'nl'}>
      <Heading level={1}>{t(titleKey)}</Heading>
      <Markdown source={i18n.language === 'en' ? text.en : text.nl} topHeadingLevel={1} />
    </article>
  );
}

/** "Privacyverklaring": what Kijkje keeps about people, why, how long, and the one cookie. */
export function PrivacyPage() {
  return <Statement titleKey="statements.privacy" text={PRIVACY} />;
}

/** "Toegankelijkheidsverklaring", after the Dutch model, with the status as measured. */
export function AccessibilityPage() {
  return <Statement titleKey="statements.accessibility" text={ACCESSIBILITY} />;
}
