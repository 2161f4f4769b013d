import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApplyForProgrammeDocument, ProgrammeDocument, ProgrammesDocument, type ProgrammeQuery, type SharingLevel } from '@kijkje/web/data-access';
import { SelectField, TextareaField, TextField, ErrorAlert, useFormErrors, newIdempotencyKey } from '@kijkje/web/ui';
import { SHARING_LEVELS } from './programmes-page';

type Programme = ProgrammeQuery['programme'];
type Organisations = ProgrammeQuery['organisations'];

/** A member's application for an open programme: the question to review, themes, period, consent and conflicts of interest. */
export function ApplyForm({ programme, organisations, organisationName }: { programme: Programme; organisations: Organisations; organisationName: string }) {
  const { t } = useTranslation();
  const [reviewQuestion, setReviewQuestion] = useState('');
  const [themes, setThemes] = useState<string[]>([]);
  const [preferredPeriod, setPreferredPeriod] = useState('');
  const [consent, setConsent] = useState<SharingLevel>(programme.defaultSharing);
  const [conflictOrganisation, setConflictOrganisation] = useState('');
  const [conflictDescription, setConflictDescription] = useState('');
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [apply, { loading }] = useMutation(ApplyForProgrammeDocument, { refetchQueries: [ProgrammeDocument, ProgrammesDocument], awaitRefetchQueries: true });
  const errors = useFormErrors();

  const toggleTheme = (theme: string, checked: boolean) => setThemes((current) => (checked ? [...current, theme] : current.filter((item) => item !== theme)));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const question = reviewQuestion.trim();
    if (question.length < 10 || question.length > 2000) problems.reviewQuestion = 'apply.reviewQuestionLength';
    if (themes.length === 0) problems.themes = 'apply.themesRequired';
    if (conflictOrganisation && !conflictDescription.trim()) problems.description = 'apply.conflictDescriptionRequired';
    if (!errors.check(problems)) return;
    const conflict = conflictDescription.trim() ? [{ organisationId: conflictOrganisation || null, description: conflictDescription.trim() }] : [];
    try {
      await apply({
        variables: {
          input: {
            programmeId: programme.id,
            reviewQuestion: question,
            themes: programme.themes.filter((theme) => themes.includes(theme)),
            preferredPeriod: preferredPeriod.trim() || null,
            consent,
            conflicts: conflict,
            idempotencyKey,
          },
        },
      });
    } catch (error) {
      errors.fail(error);
    }
  };

  const themesError = errors.field('themes');
  const consentError = errors.field('consent');

  return (
    <section className="kijkje-section" aria-labelledby="apply-heading">
      <Heading level={2} id="apply-heading">
        {t('apply.title')}
      </Heading>
      <Paragraph>{t('apply.intro', { name: organisationName })}</Paragraph>
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <TextareaField
          id="apply-review-question"
          label={t('apply.reviewQuestion')}
          description={t('apply.reviewQuestionDescription')}
          value={reviewQuestion}
          onChange={setReviewQuestion}
          required
          error={errors.field('reviewQuestion')}
        />
        <Fieldset invalid={Boolean(themesError)} aria-describedby={themesError ? 'apply-themes-error' : undefined}>
          <FieldsetLegend>{t('apply.themes')}</FieldsetLegend>
          {themesError && <FormFieldErrorMessage id="apply-themes-error">{themesError}</FormFieldErrorMessage>}
          {programme.themes.map((theme, index) => (
            <FormField
              key={theme}
              type="checkbox"
              label={
                <FormLabel htmlFor={`apply-theme-${index}`} type="checkbox">
                  {theme}
                </FormLabel>
              }
              input={
                <Checkbox
                  id={`apply-theme-${index}`}
                  name="themes"
                  value={theme}
                  checked={themes.includes(theme)}
                  onChange={(event) => toggleTheme(theme, event.target.checked)}
                />
              }
            />
          ))}
        </Fieldset>
        <TextField
          id="apply-period"
          label={t('apply.preferredPeriod')}
          description={t('apply.preferredPeriodDescription')}
          value={preferredPeriod}
          onChange={setPreferredPeriod}
          error={errors.field('preferredPeriod')}
        />
        <Fieldset invalid={Boolean(consentError)}>
          <FieldsetLegend>{t('apply.consent')}</FieldsetLegend>
          <FormFieldDescription>{t('apply.consentDescription')}</FormFieldDescription>
          {consentError && <FormFieldErrorMessage>{consentError}</FormFieldErrorMessage>}
          {SHARING_LEVELS.map((level) => (
            <FormField
              key={level}
              type="radio"
              label={
                <FormLabel htmlFor={`apply-consent-${level}`} type="radio">
                  {t(`apply.consentOption.${level}`)}
                </FormLabel>
              }
              input={<RadioButton id={`apply-consent-${level}`} name="consent" value={level} checked={consent === level} onChange={() => setConsent(level)} />}
            />
          ))}
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('apply.conflictTitle')}</FieldsetLegend>
          <FormFieldDescription>{t('apply.conflictDescription')}</FormFieldDescription>
          <SelectField
            id="apply-conflict-organisation"
            label={t('apply.conflictOrganisation')}
            value={conflictOrganisation}
            onChange={setConflictOrganisation}
            options={[
              { value: '', label: t('apply.conflictNone') },
              ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
            ]}
            error={errors.field('organisationId')}
          />
          <TextField
            id="apply-conflict-description"
            label={t('apply.conflictText')}
            value={conflictDescription}
            onChange={setConflictDescription}
            error={errors.field('description')}
          />
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('apply.submit')}
        </Button>
      </form>
    </section>
  );
}
