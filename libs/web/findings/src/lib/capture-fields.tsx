import { Fieldset, FieldsetLegend, FormFieldErrorMessage, RadioButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FINDING_KINDS as KINDS } from '@kijkje/domain';
import { SelectField, TextareaField, TextField } from '@kijkje/web/ui';
import type { FindingDraft } from './finding-fields';

/** More themes than this and a choice of chips grows taller than a select: then it is a select. */
const THEME_CHIPS_MAX = 6;
const TEXT_MAX = 10_000;
export const EVIDENCE_FIELDS = ['source', 'quote', 'indicator', 'tags'] as const;

interface Props {
  draft: FindingDraft;
  onChange: (patch: Partial<FindingDraft>) => void;
  themes: readonly string[];
  error: (field: string) => string | null;
  evidenceOpen: boolean;
  onEvidenceToggle: (open: boolean) => void;
}

/** One click per choice, in a row of chips: a radio group with its legend and error. */
function Chips({
  name,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={error ? `${name}-error` : undefined} className="kijkje-chips-field">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {error && <FormFieldErrorMessage id={`${name}-error`}>{error}</FormFieldErrorMessage>}
      <div className="kijkje-chips">
        {options.map((option, index) => (
          <label key={option.value} className="kijkje-chip" htmlFor={`${name}-${index}`}>
            <RadioButton id={`${name}-${index}`} name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </Fieldset>
  );
}

/**
 * The capture form's fields, kept to one screen on a phone: kind and theme as chips, the text,
 * and the evidence and labels folded away until the reviewer opens them.
 */
export function CaptureFields({ draft, onChange, themes, error, evidenceOpen, onEvidenceToggle }: Props) {
  const { t } = useTranslation();
  const themeOptions = themes.map((theme) => ({ value: theme, label: theme }));
  return (
    <>
      <Chips
        name="capture-kind"
        legend={t('findings.form.kind')}
        options={KINDS.map((kind) => ({ value: kind, label: t(`findings.kind.${kind}`) }))}
        value={draft.kind}
        onChange={(kind) => onChange({ kind: kind as FindingDraft['kind'] })}
        error={error('kind')}
      />
      {themes.length <= THEME_CHIPS_MAX ? (
        <Chips
          name="capture-theme"
          legend={t('findings.form.theme')}
          options={themeOptions}
          value={draft.theme}
          onChange={(theme) => onChange({ theme })}
          error={error('theme')}
        />
      ) : (
        <SelectField
          id="capture-theme"
          label={t('findings.form.theme')}
          value={draft.theme}
          onChange={(theme) => onChange({ theme })}
          options={[{ value: '', label: t('findings.form.chooseTheme') }, ...themeOptions]}
          error={error('theme')}
        />
      )}
      <TextareaField
        id="capture-text"
        label={t('findings.form.text')}
        description={t('findings.form.textShort')}
        value={draft.text}
        onChange={(text) => onChange({ text })}
        maxLength={TEXT_MAX}
        rows={3}
        error={error('text')}
      />
      <details className="kijkje-capture-more" open={evidenceOpen} onToggle={(event) => onEvidenceToggle(event.currentTarget.open)}>
        <summary>{t('findings.form.evidenceMore')}</summary>
        <TextField
          id="capture-source"
          label={t('findings.evidence.source')}
          description={t('findings.form.sourceDescription')}
          value={draft.source}
          onChange={(source) => onChange({ source })}
          error={error('source')}
        />
        <TextareaField
          id="capture-quote"
          label={t('findings.evidence.quote')}
          value={draft.quote}
          onChange={(quote) => onChange({ quote })}
          rows={2}
          error={error('quote')}
        />
        <TextField
          id="capture-indicator"
          label={t('findings.evidence.indicator')}
          value={draft.indicator}
          onChange={(indicator) => onChange({ indicator })}
          error={error('indicator')}
        />
        <TextField
          id="capture-tags"
          label={t('findings.form.tags')}
          description={t('findings.form.tagsDescription')}
          value={draft.tags}
          onChange={(tags) => onChange({ tags })}
          error={error('tags')}
        />
      </details>
    </>
  );
}
