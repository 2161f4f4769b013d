import type { FindingStatus, ReadLevel, VisitRelation } from './finding-policy';

/**
 * The people of the policy matrix, as the relations each one has to a finding of a visit.
 * Shared by the domain test and the API test, so both prove the same table.
 */
export const MATRIX_ROLES = {
  author: ['author', 'reviewer', 'roundMember', 'networkMember'],
  otherReviewer: ['reviewer', 'roundMember', 'networkMember'],
  lead: ['reviewer', 'lead', 'roundMember', 'networkMember'],
  hostContact: ['host', 'roundMember', 'networkMember'],
  otherRoundMember: ['roundMember', 'networkMember'],
  coordinator: ['coordinator', 'networkMember'],
  networkMember: ['networkMember'],
  otherNetwork: [],
} as const satisfies Record<string, readonly VisitRelation[]>;
export type MatrixRole = keyof typeof MATRIX_ROLES;

export interface MatrixCell {
  read: ReadLevel;
  edit: boolean;
  reply: boolean;
}

const none: MatrixCell = { read: 'none', edit: false, reply: false };
const reads: MatrixCell = { read: 'content', edit: false, reply: false };
const edits: MatrixCell = { read: 'content', edit: true, reply: false };
const replies: MatrixCell = { read: 'content', edit: false, reply: true };
const counts: MatrixCell = { read: 'count', edit: false, reply: false };

/**
 * DOMAIN.md, "Who may see what", for findings, written out cell by cell. `released` is the host's
 * decision that the finding may be used in a harvest; only the coordinator's cell depends on it.
 */
export function expectedCell(role: MatrixRole, status: FindingStatus, released: boolean): MatrixCell {
  const shared = status === 'SHARED' || status === 'FINAL';
  switch (role) {
    case 'author':
      return status === 'DRAFT' || status === 'SUBMITTED' ? edits : reads;
    case 'otherReviewer':
    case 'lead':
      return status === 'DRAFT' ? none : reads;
    case 'hostContact':
      return shared ? replies : none;
    case 'coordinator':
      if (status === 'DRAFT') return none;
      return shared && released ? reads : counts;
    case 'otherRoundMember':
    case 'networkMember':
    case 'otherNetwork':
      return none;
  }
}
