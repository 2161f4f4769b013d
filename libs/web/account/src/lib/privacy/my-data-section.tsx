import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { myDataHref } from './my-data-href';
import './privacy.css';

/** "Mijn gegevens": everything Kijkje keeps about the person, to download as JSON (to take along) or PDF (to read). */
export function MyDataSection() {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="account-my-data">
      <Heading level={2} id="account-my-data">
        {t('myData.title')}
      </Heading>
      <Paragraph>{t('myData.intro')}</Paragraph>
      <ul className="kijkje-my-data-downloads" aria-label={t('myData.downloads')}>
        {(['json', 'pdf'] as const).map((format) => (
          <li key={format}>
            <a className="utrecht-link utrecht-link--html-a" href={myDataHref(format, i18n.language)} download data-testid={`my-data-${format}`}>
              {t(`myData.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
