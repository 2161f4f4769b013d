import { addDays, dutchToday } from '@kijkje/domain';
import type { MutationSpec } from '../bad-input';
import type { ReportsWorld } from './reports';

/** Inviting the team to a follow-up conversation of the reports world's final visit (its host's contact is finalReportHost). */
export function followUpMutations(w: ReportsWorld): MutationSpec[] {
  return [
    {
      name: 'inviteFollowUp',
      doc: `mutation($input: InviteFollowUpInput!) { inviteFollowUp(input: $input) { id kind followUpOf status startsOn startsAt endsAt location team { user { id } } } }`,
      arg: 'input',
      actor: 'finalReportHost',
      fields: [
        { name: 'visitId', kind: 'uuid', required: true, real: () => [w.v.visitId, w.draft, w.shared, w.final] },
        { name: 'startsOn', kind: 'date', required: true },
        { name: 'startTime', kind: 'time', required: true, real: () => ['09:00', '13:30'] },
        { name: 'endTime', kind: 'time', required: true, real: () => ['11:00', '16:00', '00:30'] },
        { name: 'location', kind: 'text', required: false, max: 200 },
        { name: 'idempotencyKey', kind: 'key', required: false },
      ],
      base: () => ({ visitId: w.final, startsOn: addDays(dutchToday(), 30), startTime: '13:30', endTime: '15:00', location: 'Online' }),
    },
  ];
}
