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
  // In the network only for the learning tracks and work meetings they run: no relation to any visit.
  facilitator: [],
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
    case 'facilitator':
    case 'otherNetwork':
      return none;
  }
}

/**
 * Counts (SEC-12): which figures of a visit's progress each role is given. `null` means no figures
 * at all; a field set to false is sent as null, never as a number. The host learns nothing of what
 * the team has not shared with it, not even how much there is.
 */
export interface CountsCell {
  submitted: boolean;
  shared: boolean;
  final: boolean;
  released: boolean;
}

export function expectedCounts(role: MatrixRole): CountsCell | null {
  switch (role) {
    case 'author':
    case 'otherReviewer':
    case 'lead':
    case 'coordinator':
      return { submitted: true, shared: true, final: true, released: true };
    case 'hostContact':
      return { submitted: false, shared: true, final: true, released: true };
    case 'otherRoundMember':
    case 'networkMember':
    case 'facilitator':
    case 'otherNetwork':
      return null;
  }
}

/**
 * The live events of a findings board, one for each thing that can happen to a finding: the
 * change, the finding's state after it (before it, for a deletion), and whether the progress
 * figures moved.
 */
export interface EventCase {
  label: string;
  change: 'CREATED' | 'UPDATED' | 'DELETED' | 'COMMENTED' | 'RESPONDED';
  status: FindingStatus;
  released: boolean;
  countsChanged: boolean;
}

export const EVENT_CASES: readonly EventCase[] = [
  { label: 'draft created', change: 'CREATED', status: 'DRAFT', released: false, countsChanged: false },
  { label: 'draft edited', change: 'UPDATED', status: 'DRAFT', released: false, countsChanged: false },
  { label: 'draft thrown away', change: 'DELETED', status: 'DRAFT', released: false, countsChanged: false },
  { label: 'draft submitted', change: 'UPDATED', status: 'SUBMITTED', released: false, countsChanged: true },
  { label: 'created submitted', change: 'CREATED', status: 'SUBMITTED', released: false, countsChanged: true },
  { label: 'submitted edited', change: 'UPDATED', status: 'SUBMITTED', released: false, countsChanged: false },
  { label: 'submitted discussed', change: 'COMMENTED', status: 'SUBMITTED', released: false, countsChanged: false },
  { label: 'shared discussed', change: 'COMMENTED', status: 'SHARED', released: false, countsChanged: false },
  { label: 'shared answered', change: 'RESPONDED', status: 'SHARED', released: false, countsChanged: false },
  { label: 'shared released', change: 'UPDATED', status: 'SHARED', released: true, countsChanged: true },
  { label: 'released discussed', change: 'COMMENTED', status: 'SHARED', released: true, countsChanged: false },
  { label: 'shared withheld', change: 'UPDATED', status: 'SHARED', released: false, countsChanged: true },
  { label: 'final released answered', change: 'RESPONDED', status: 'FINAL', released: true, countsChanged: false },
];

/**
 * What each role is told of an event: `id` the change with the finding's id, `refresh` only that
 * the figures moved (no id), `nothing` not even that something happened.
 */
export type EventCell = 'id' | 'refresh' | 'nothing';

export function expectedEvent(role: MatrixRole, event: EventCase): EventCell {
  const shared = event.status === 'SHARED' || event.status === 'FINAL';
  switch (role) {
    case 'author':
      return 'id';
    case 'otherReviewer':
    case 'lead':
      return event.status === 'DRAFT' ? 'nothing' : 'id';
    case 'hostContact':
      return shared && event.change !== 'COMMENTED' ? 'id' : 'nothing';
    case 'coordinator':
      if (event.status === 'DRAFT' || event.change === 'COMMENTED') return 'nothing';
      if (shared && event.released) return 'id';
      return event.countsChanged ? 'refresh' : 'nothing';
    case 'otherRoundMember':
    case 'networkMember':
    case 'facilitator':
    case 'otherNetwork':
      return 'nothing';
  }
}
