import { Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { SelectField, TextareaField, TextField } from '@kijkje/web/ui';
import { useTranslation } from 'react-i18next';
import type { FindingFieldsFragment, FindingKind } from '@kijkje/web/data-access';
import { FINDING_KINDS as KINDS } from '@kijkje/domain';

/** What the reviewer types for a finding, as the form holds it. */
export interface FindingDraft {
  kind: FindingKind | '';
  theme: string;
  text: string;
  source: string;
  quote: string;
  indicator: string;
  tags: string;
}

export const EMPTY_DRAFT: FindingDraft = { kind: '', theme: '', text: '', source: '', quote: '', indicator: '', tags: '' };

export function draftOf(finding: Pick<FindingFieldsFragment, 'kind' | 'theme' | 'text' | 'evidence' | 'tags'>): FindingDraft {
  return {
    kind: finding.kind,
    theme: finding.theme,
    text: finding.text,
    source: finding.evidence.source,
    quote: finding.evidence.quote,
    indicator: finding.evidence.indicator,
    tags: finding.tags.join(', '),
  };
}

/** The browser's own checks before sending; field → translation key. */
export function checkDraft(draft: FindingDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.kind) errors.kind = 'findings.form.kindRequired';
  if (!draft.theme) errors.theme = 'findings.form.themeRequired';
  if (!draft.text.trim()) errors.text = 'findings.form.textRequired';
  return errors;
}

const TEXT_MAX = 10_000;

/** Kind, theme, text (Markdown), evidence and tags: the same fields for a new finding and an edit. */
export function FindingFields({
  idPrefix,
  draft,
  onChange,
  themes,
  error,
}: {
  idPrefix: string;
  draft: FindingDraft;
  onChange: (patch: Partial<FindingDraft>) => void;
  themes: readonly string[];
  error: (field: string) => string | null;
}) {
  const { t } = useTranslation();
  const kindError = error('kind');
  return (
    <>
      <Fieldset invalid={Boolean(kindError)} aria-describedby={kindError ? `${idPrefix}-kind-error` : undefined}>
        <FieldsetLegend>{t('findings.form.kind')}</FieldsetLegend>
        {kindError && <FormFieldErrorMessage id={`${idPrefix}-kind-error`}>{kindError}</FormFieldErrorMessage>}
        {KINDS.map((kind) => (
          <FormField
            key={kind}
            type="radio"
            label={
              <FormLabel htmlFor={`${idPrefix}-kind-${kind}`} type="radio">
                {t(`findings.kind.${kind}`)}
              </FormLabel>
            }
            description={<FormFieldDescription id={`${idPrefix}-kind-${kind}-description`}>{t(`findings.kindHint.${kind}`)}</FormFieldDescription>}
            input={
              <RadioButton
                id={`${idPrefix}-kind-${kind}`}
                name={`${idPrefix}-kind`}
                value={kind}
                checked={draft.kind === kind}
                aria-describedby={`${idPrefix}-kind-${kind}-description`}
                onChange={() => onChange({ kind })}
              />
            }
          />
        ))}
      </Fieldset>
      <SelectField
        id={`${idPrefix}-theme`}
        label={t('findings.form.theme')}
        value={draft.theme}
        onChange={(theme) => onChange({ theme })}
        options={[{ value: '', label: t('findings.form.chooseTheme') }, ...themes.map((theme) => ({ value: theme, label: theme }))]}
        error={error('theme')}
      />
      <TextareaField
        id={`${idPrefix}-text`}
        label={t('findings.form.text')}
        description={t('findings.form.textDescription')}
        value={draft.text}
        onChange={(text) => onChange({ text })}
        maxLength={TEXT_MAX}
        rows={6}
        error={error('text')}
      />
      <Fieldset>
        <FieldsetLegend>{t('findings.form.evidence')}</FieldsetLegend>
        <TextField
          id={`${idPrefix}-source`}
          label={t('findings.evidence.source')}
          description={t('findings.form.sourceDescription')}
          value={draft.source}
          onChange={(source) => onChange({ source })}
          error={error('source')}
        />
        <TextareaField
          id={`${idPrefix}-quote`}
          label={t('findings.evidence.quote')}
          value={draft.quote}
          onChange={(quote) => onChange({ quote })}
          rows={2}
          error={error('quote')}
        />
        <TextField
          id={`${idPrefix}-indicator`}
          label={t('findings.evidence.indicator')}
          value={draft.indicator}
          onChange={(indicator) => onChange({ indicator })}
          error={error('indicator')}
        />
      </Fieldset>
      <TextField
        id={`${idPrefix}-tags`}
        label={t('findings.form.tags')}
        description={t('findings.form.tagsDescription')}
        value={draft.tags}
        onChange={(tags) => onChange({ tags })}
        error={error('tags')}
      />
    </>
  );
}
