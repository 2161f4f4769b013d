import { Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField, TextareaField, type SelectFieldOption } from '@kijkje/web/ui';

export interface MeetingFormValues {
  title: string;
  description: string;
  hostOrganisationId: string;
  hostMayEdit: boolean;
  day: string;
  startTime: string;
  endTime: string;
  place: string;
  onlineLink: string;
  capacity: string;
}

export const EMPTY_MEETING: MeetingFormValues = {
  title: '',
  description: '',
  hostOrganisationId: '',
  hostMayEdit: false,
  day: '',
  startTime: '13:30',
  endTime: '17:00',
  place: '',
  onlineLink: '',
  capacity: '40',
};

/** The form's values as the API takes them: empty optional texts travel as null. */
export function meetingInput(v: MeetingFormValues) {
  return {
    title: v.title,
    description: v.description || null,
    hostOrganisationId: v.hostOrganisationId || null,
    hostMayEdit: v.hostMayEdit,
    day: v.day,
    startTime: v.startTime,
    endTime: v.endTime,
    place: v.place || null,
    onlineLink: v.onlineLink || null,
    capacity: Number.parseInt(v.capacity, 10) || 0,
  };
}

interface Props {
  /** Prefix of the fields' ids, so that two forms can share a page. */
  idPrefix: string;
  values: MeetingFormValues;
  onChange: (values: MeetingFormValues) => void;
  error: (field: string) => string | null;
  organisations: SelectFieldOption[];
  /** Only the coordinator decides whether the host organisation may edit. */
  canAllowHost: boolean;
}

/** The fields of a meeting: title, host, when (Dutch time), where, seats; for planning a new one and editing it. */
export function MeetingFields({ idPrefix, values, onChange, error, organisations, canAllowHost }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof MeetingFormValues) => (value: string | boolean) => onChange({ ...values, [key]: value });
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <TextField id={id('title')} label={t('meetings.create.name')} value={values.title} onChange={set('title')} required error={error('title')} />
      <TextareaField
        id={id('description')}
        label={t('meetings.create.description')}
        value={values.description}
        onChange={set('description')}
        error={error('description')}
        rows={3}
      />
      <SelectField
        id={id('host')}
        label={t('meetings.create.hostOrganisation')}
        value={values.hostOrganisationId}
        onChange={set('hostOrganisationId')}
        options={organisations}
        error={error('hostOrganisationId')}
      />
      {canAllowHost && (
        <FormField
          type="checkbox"
          label={
            <FormLabel htmlFor={id('host-may-edit')} type="checkbox">
              {t('meetings.create.hostMayEdit')}
            </FormLabel>
          }
          input={<Checkbox id={id('host-may-edit')} checked={values.hostMayEdit} onChange={(event) => set('hostMayEdit')(event.target.checked)} />}
        />
      )}
      <div className="kijkje-meeting-times">
        <TextField id={id('day')} label={t('meetings.create.day')} value={values.day} onChange={set('day')} required error={error('day')} />
        <TextField
          id={id('start')}
          label={t('meetings.create.startTime')}
          value={values.startTime}
          onChange={set('startTime')}
          required
          error={error('startTime')}
        />
        <TextField id={id('end')} label={t('meetings.create.endTime')} value={values.endTime} onChange={set('endTime')} required error={error('endTime')} />
      </div>
      <TextField id={id('place')} label={t('meetings.create.place')} value={values.place} onChange={set('place')} error={error('place')} />
      <TextField id={id('link')} label={t('meetings.create.onlineLink')} value={values.onlineLink} onChange={set('onlineLink')} error={error('onlineLink')} />
      <TextField
        id={id('capacity')}
        label={t('meetings.create.capacity')}
        value={values.capacity}
        onChange={set('capacity')}
        required
        error={error('capacity')}
      />
    </>
  );
}
