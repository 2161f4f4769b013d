import { Heading, Paragraph } from '@utrecht/component-library-react';
import { DEADLINE_LIMITS, deadlineSettingProblems, type DeadlineSettings } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { InputField, type ClientErrors } from '@kijkje/web/ui';
import { fieldId } from './programme-form';

export const DEADLINE_KEYS = ['preparationDaysBefore', 'replyDays', 'reportWeeksAfter'] as const satisfies readonly (keyof DeadlineSettings)[];

/** The three rules as typed in the form. */
export type DeadlineDraft = Record<keyof DeadlineSettings, string>;

export function deadlineDraft(settings: DeadlineSettings): DeadlineDraft {
  return {
    preparationDaysBefore: String(settings.preparationDaysBefore),
    replyDays: String(settings.replyDays),
    reportWeeksAfter: String(settings.reportWeeksAfter),
  };
}

/** The typed rules as numbers, with the domain's check of each (the server checks the same limits). */
export function checkDeadlineDraft(draft: DeadlineDraft): { settings: DeadlineSettings; problems: ClientErrors } {
  const settings = {
    preparationDaysBefore: draft.preparationDaysBefore.trim() === '' ? NaN : Number(draft.preparationDaysBefore),
    replyDays: draft.replyDays.trim() === '' ? NaN : Number(draft.replyDays),
    reportWeeksAfter: draft.reportWeeksAfter.trim() === '' ? NaN : Number(draft.reportWeeksAfter),
  };
  const problems: ClientErrors = {};
  for (const key of deadlineSettingProblems(settings)) {
    const { min, max } = DEADLINE_LIMITS[key];
    problems[key] = {
      nl: `Vul een heel getal in van ${min} tot en met ${max}.`,
      en: `Enter a whole number from ${min} to ${max}.`,
    };
  }
  return { settings, problems };
}

/** The programme's deadline rules: when preparation, replies and the report are due. */
export function DeadlineFields({
  draft,
  onChange,
  error,
}: {
  draft: DeadlineDraft;
  onChange: (draft: DeadlineDraft) => void;
  error: (field: string) => string | null;
}) {
  const { t } = useTranslation();
  return (
    <section className="kijkje-section" aria-labelledby="edit-deadlines-heading">
      <Heading level={2} id="edit-deadlines-heading">
        {t('programmeEdit.deadlinesTitle')}
      </Heading>
      <Paragraph>{t('programmeEdit.deadlinesDescription')}</Paragraph>
      {DEADLINE_KEYS.map((key) => (
        <InputField
          key={key}
          id={fieldId(key)}
          type="number"
          min={DEADLINE_LIMITS[key].min}
          max={DEADLINE_LIMITS[key].max}
          label={t(`programmeEdit.deadline.${key}`)}
          description={t(`programmeEdit.deadline.${key}Description`, DEADLINE_LIMITS[key])}
          value={draft[key]}
          onChange={(value) => onChange({ ...draft, [key]: value })}
          required
          error={error(key)}
        />
      ))}
    </section>
  );
}
