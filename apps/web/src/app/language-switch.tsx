import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Shows the other language in that language ("English" / "Nederlands"). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = t('language.switchTo');
  return (
    <Button appearance="secondary-action-button" type="button" lang={target} onClick={() => void i18n.changeLanguage(target)}>
      {t('language.switchLabel')}
    </Button>
  );
}
