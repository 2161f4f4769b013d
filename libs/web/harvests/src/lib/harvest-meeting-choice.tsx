import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { HarvestMeetingChoiceFieldsFragment } from '@kijkje/web/data-access';
import { formatDate, toLang } from '@kijkje/web/ui';
import { toggleMeeting } from './harvest-meetings';

/**
 * Which work meetings the harvest counts: none ticked means those held within the programme's
 * period; ticked ones are counted exactly. Each says whether it counts now, or why not (the rule
 * of libs/domain, as the API applies it to the saved draft).
 */
export function HarvestMeetingChoice({
  choices,
  chosen,
  error,
  onChange,
}: {
  choices: readonly HarvestMeetingChoiceFieldsFragment[];
  chosen: readonly string[];
  error: string | null | undefined;
  onChange: (chosen: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={error ? 'harvest-meetings-error' : undefined} data-testid="harvest-meeting-choice">
      <FieldsetLegend>{t('harvest.meetingChoice.legend')}</FieldsetLegend>
      <FormFieldDescription>{t('harvest.meetingChoice.description')}</FormFieldDescription>
      {error && <FormFieldErrorMessage id="harvest-meetings-error">{error}</FormFieldErrorMessage>}
      {choices.length === 0 && <Paragraph>{t('harvest.meetingChoice.none')}</Paragraph>}
      {choices.map((meeting) => (
        <FormField
          key={meeting.id}
          type="checkbox"
          description={
            <FormFieldDescription id={`harvest-meeting-${meeting.id}-description`}>
              {meeting.counted ? t('harvest.meetingChoice.counted') : meeting.reason?.[lang]}
            </FormFieldDescription>
          }
          label={
            <FormLabel htmlFor={`harvest-meeting-${meeting.id}`} type="checkbox">
              {t('harvest.meetingChoice.label', { title: meeting.title, date: formatDate(meeting.startsAt, i18n.language) })}
            </FormLabel>
          }
          input={
            <Checkbox
              id={`harvest-meeting-${meeting.id}`}
              name="meetingIds"
              value={meeting.id}
              aria-describedby={`harvest-meeting-${meeting.id}-description`}
              checked={chosen.includes(meeting.id)}
              onChange={(event) => onChange(toggleMeeting(chosen, meeting.id, event.target.checked))}
            />
          }
        />
      ))}
    </Fieldset>
  );
}
