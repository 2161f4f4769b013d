import { RETENTION_YEARS } from '@kijkje/domain';
import type { Literal, MutationSpec } from '../bad-input';

/** The network's retention of visit material: coordinators only, whole years within the domain's bounds. */
export function retentionMutations(): MutationSpec[] {
  return [
    {
      name: 'setRetention',
      doc: `mutation($years: Int!) { setRetention(years: $years) { id retentionYears } }`,
      arg: 'years',
      actor: 'coordinator',
      fields: [{ name: 'years', kind: 'int', required: true, min: RETENTION_YEARS.min, max: RETENTION_YEARS.max }],
      base: () => ({ years: RETENTION_YEARS.default }),
    },
  ];
}

export const RETENTION_LITERALS: Literal[] = [
  ['setRetention with a string', `mutation { setRetention(years: "vijf") { id } }`, 'coordinator'],
  ['setRetention with a fraction', `mutation { setRetention(years: 2.5) { id } }`, 'coordinator'],
];
