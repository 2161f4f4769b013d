import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MeetingPeopleDocument } from '@kijkje/web/data-access';
import type { SelectFieldOption } from '@kijkje/web/ui';

/** The network's active members and its organisations, as choices for a table host and a host organisation. */
export function useMeetingPeople(skip = false): { hosts: SelectFieldOption[]; organisations: SelectFieldOption[] } {
  const { t } = useTranslation();
  const { data } = useQuery(MeetingPeopleDocument, { skip, fetchPolicy: 'cache-first' });
  const none = { value: '', label: t('meetings.organiser.nobody') };
  const collator = new Intl.Collator('nl');
  const hosts = (data?.memberships ?? [])
    .filter((m) => m.active)
    .map((m) => ({ value: m.user.id, label: m.organisation ? `${m.user.name} (${m.organisation.name})` : m.user.name }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const organisations = (data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name })).sort((a, b) => collator.compare(a.label, b.label));
  return { hosts: [none, ...new Map(hosts.map((h) => [h.value, h])).values()], organisations: [none, ...organisations] };
}
