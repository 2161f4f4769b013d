import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, RadioButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SetMyLanguageDocument, ViewerDocument } from '@kijkje/web/data-access';
import { ErrorAlert, readApiError } from '@kijkje/web/ui';

const LANGUAGES = [
  { value: 'NL', code: 'nl', label: 'Nederlands' },
  { value: 'EN', code: 'en', label: 'English' },
] as const;

/** The person's language: the app switches at once, and their mails follow it (setMyLanguage). */
export function LanguageSection({ language }: { language: 'NL' | 'EN' }) {
  const { t, i18n } = useTranslation();
  const [save] = useMutation(SetMyLanguageDocument, { refetchQueries: [ViewerDocument] });
  const [chosen, setChosen] = useState<'NL' | 'EN'>(language);
  const [saved, setSaved] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);

  const choose = async (value: 'NL' | 'EN', code: string) => {
    setSaved(false);
    setFailed(null);
    setChosen(value);
    try {
      await save({ variables: { language: value } });
      await i18n.changeLanguage(code);
      setSaved(true);
    } catch (error) {
      setChosen(language);
      setFailed(error);
    }
  };

  return (
    <section aria-labelledby="account-language">
      <Heading level={2} id="account-language">
        {t('account.language.title')}
      </Heading>
      <div>{saved && <Alert type="ok">{t('account.language.saved')}</Alert>}</div>
      <ErrorAlert message={failed ? (readApiError(failed, i18n.language).message ?? t('common.errorGeneric')) : null} />
      <Fieldset>
        <FieldsetLegend>{t('account.language.legend')}</FieldsetLegend>
        {LANGUAGES.map(({ value, code, label }) => (
          <FormField
            key={value}
            type="radio"
            label={
              <FormLabel htmlFor={`language-${code}`} type="radio" lang={code}>
                {label}
              </FormLabel>
            }
            input={<RadioButton id={`language-${code}`} name="language" value={value} checked={chosen === value} onChange={() => void choose(value, code)} />}
          />
        ))}
      </Fieldset>
    </section>
  );
}
