import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MeetingPeopleDocument, isFacilitator, useSession, type MeetingFieldsFragment } from '@kijkje/web/data-access';
import type { SelectFieldOption } from '@kijkje/web/ui';

/**
 * The choices for a table host and a host organisation: the network's active members and its
 * organisations. A facilitator sees neither list (nothing of the network beyond the meetings they
 * run): they choose among the people the meeting itself names (its table hosts and those
 * registered) and keep its host organisation. So does everyone at a learning-track session's
 * meeting, whose table hosts are the track's people (its cohort, its organisers: the viewer too).
 */
export function useMeetingPeople(meeting?: MeetingFieldsFragment): { hosts: SelectFieldOption[]; organisations: SelectFieldOption[] } {
  const { t } = useTranslation();
  const viewer = useSession().viewer;
  const ownPeople = isFacilitator(viewer) || !!meeting?.trackId;
  const { data } = useQuery(MeetingPeopleDocument, { skip: ownPeople, fetchPolicy: 'cache-first' });
  const none = { value: '', label: t('meetings.organiser.nobody') };
  const collator = new Intl.Collator('nl');
  const sorted = (options: SelectFieldOption[]) => [...new Map(options.map((o) => [o.value, o])).values()].sort((a, b) => collator.compare(a.label, b.label));
  if (ownPeople) {
    const hosts = [
      ...(meeting?.trackId && viewer ? [{ value: viewer.user.id, label: viewer.user.name }] : []),
      ...(meeting?.tables ?? []).flatMap((table) => (table.hostUserId ? [{ value: table.hostUserId, label: table.hostName ?? '' }] : [])),
      ...(meeting?.registrations ?? []).filter((r) => r.status === 'REGISTERED').map((r) => ({ value: r.userId, label: r.name })),
    ];
    const host = meeting?.hostOrganisationId ? [{ value: meeting.hostOrganisationId, label: meeting.hostOrganisation ?? '' }] : [];
    return { hosts: [none, ...sorted(hosts)], organisations: [none, ...host] };
  }
  const hosts = (data?.memberships ?? [])
    .filter((m) => m.active)
    .map((m) => ({ value: m.user.id, label: m.organisation ? `${m.user.name} (${m.organisation.name})` : m.user.name }));
  const organisations = (data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }));
  return { hosts: [none, ...sorted(hosts)], organisations: [none, ...sorted(organisations)] };
}
