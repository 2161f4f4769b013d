import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { NetworkSecondFactorPolicyDocument, SetSecondFactorPolicyDocument, type SecondFactorPolicy } from '@kijkje/web/data-access';
import { ErrorAlert, useFormErrors } from '@kijkje/web/ui';

const POLICIES: SecondFactorPolicy[] = ['NOBODY', 'COORDINATORS', 'EVERYONE'];

/** Who in the network must sign in with a second factor (coordinators set it; audited). */
export function SecondFactorPolicySection() {
  const { t } = useTranslation();
  const { data } = useQuery(NetworkSecondFactorPolicyDocument);
  const current = data?.viewer?.currentNetwork?.secondFactorPolicy ?? null;
  const [chosen, setChosen] = useState<SecondFactorPolicy | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetSecondFactorPolicyDocument);
  const errors = useFormErrors();
  const value = chosen ?? current;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    errors.clear();
    if (!value) return;
    try {
      await save({ variables: { policy: value } });
      setSaved(true);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section aria-labelledby="second-factor-policy">
      <Heading level={2} id="second-factor-policy">
        {t('secondFactorPolicy.title')}
      </Heading>
      <Paragraph>{t('secondFactorPolicy.intro')}</Paragraph>
      <div>{saved && <Alert type="ok">{t('secondFactorPolicy.saved')}</Alert>}</div>
      <ErrorAlert message={errors.field('policy') ?? errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <Fieldset>
          <FieldsetLegend>{t('secondFactorPolicy.legend')}</FieldsetLegend>
          {POLICIES.map((policy) => (
            <FormField
              key={policy}
              type="radio"
              label={
                <FormLabel htmlFor={`second-factor-policy-${policy}`} type="radio">
                  {t(`secondFactorPolicy.${policy}`)}
                </FormLabel>
              }
              input={
                <RadioButton
                  id={`second-factor-policy-${policy}`}
                  name="secondFactorPolicy"
                  value={policy}
                  checked={value === policy}
                  onChange={() => setChosen(policy)}
                />
              }
            />
          ))}
        </Fieldset>
        <Button type="submit" appearance="secondary-action-button" busy={loading} disabled={loading || !value}>
          {t('secondFactorPolicy.submit')}
        </Button>
      </form>
    </section>
  );
}
