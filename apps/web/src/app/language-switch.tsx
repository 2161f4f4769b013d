import { useMutation } from '@apollo/client/react';
import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SetMyLanguageDocument, ViewerDocument, useSession } from '@kijkje/web/data-access';

/**
 * Shows the other language in that language ("English" / "Nederlands"). Signed in, the choice is
 * saved on the account (mails follow it); at sign-in the account's choice is adopted.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const [save] = useMutation(SetMyLanguageDocument, { refetchQueries: [ViewerDocument] });
  const adoptedFor = useRef<string | null>(null);
  const userId = viewer?.user.id ?? null;
  const accountLanguage = viewer?.language.toLowerCase();

  useEffect(() => {
    if (!userId) {
      adoptedFor.current = null;
      return;
    }
    if (adoptedFor.current === userId || !accountLanguage) return;
    adoptedFor.current = userId;
    if (accountLanguage !== i18n.language) void i18n.changeLanguage(accountLanguage);
  }, [userId, accountLanguage, i18n]);

  const target = t('language.switchTo');
  const onSwitch = () => {
    void i18n.changeLanguage(target);
    if (userId && (target === 'nl' || target === 'en')) void save({ variables: { language: target === 'en' ? 'EN' : 'NL' } });
  };
  return (
    <Button appearance="secondary-action-button" type="button" lang={target} onClick={onSwitch}>
      {t('language.switchLabel')}
    </Button>
  );
}
