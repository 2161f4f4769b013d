import { Heading } from '@utrecht/component-library-react';
import { normaliseProgressMonths, parseProgressMonths, progressMonthsInvalid, progressMonthsValid } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { InputField, type ClientErrors } from '@kijkje/web/ui';
import { fieldId } from './programme-form';

/** The moments as the form shows them: "6, 12". */
export const progressMonthsDraft = (months: readonly number[]): string => months.join(', ');

/** The typed moments as the programme keeps them, with the domain's check (the server checks the same). */
export function checkProgressMonthsDraft(text: string): { months: number[]; problems: ClientErrors } {
  const months = parseProgressMonths(text);
  if (!months || !progressMonthsValid(months)) return { months: [], problems: { progressReviewMonths: progressMonthsInvalid } };
  return { months: normaliseProgressMonths(months), problems: {} };
}

/** When the host writes its progress reviews: editable in every state of the programme, as they come after the visits. */
export function ProgressMomentsField({
  draft,
  onChange,
  error,
}: {
  draft: string;
  onChange: (draft: string) => void;
  error: (field: string) => string | null;
}) {
  const { t } = useTranslation();
  return (
    <section className="kijkje-section" aria-labelledby="edit-progress-heading">
      <Heading level={2} id="edit-progress-heading">
        {t('programmeEdit.progressTitle')}
      </Heading>
      <InputField
        id={fieldId('progressReviewMonths')}
        type="text"
        label={t('programmeEdit.progressMonths')}
        description={t('programmeEdit.progressMonthsDescription')}
        value={draft}
        onChange={onChange}
        required
        error={error('progressReviewMonths')}
      />
    </section>
  );
}
