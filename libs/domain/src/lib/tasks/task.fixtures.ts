import { DEFAULT_DEADLINE_SETTINGS } from '../time/deadlines';
import type { VisitRelation } from '../visits/finding-policy';
import type { Actor } from '../roles';
import type { ProgrammeTaskFacts } from './programme-tasks';
import type { VisitTaskFacts } from './visit-tasks';

/** A visit on 8 April 2027 (preparation due 1 April, report due 6 May) with a complete team. */
export function visitFacts(
  over: {
    visit?: Partial<VisitTaskFacts['visit']>;
    findings?: Partial<VisitTaskFacts['findings']>;
    report?: VisitTaskFacts['report'];
    team?: VisitTaskFacts['team'];
    round?: Partial<VisitTaskFacts['round']>;
    programme?: Partial<VisitTaskFacts['programme']>;
  } = {},
): VisitTaskFacts {
  return {
    programme: { id: 'p1', name: 'Sturen met Kwaliteit', status: 'RUNNING', deadlines: DEFAULT_DEADLINE_SETTINGS, ...over.programme },
    round: { id: 'r1', name: 'Ronde 1', status: 'PREPARING', organisationIds: ['host', 'b', 'c', 'd'], ...over.round },
    visit: {
      id: 'v1',
      hostOrganisationId: 'host',
      hostName: 'Utrecht',
      status: 'PLANNED',
      startsOn: '2027-04-08',
      preparationDue: null,
      reportDue: null,
      replyDeadline: null,
      ...over.visit,
    },
    team: over.team ?? [
      { userId: 'u-b', organisationId: 'b', lead: false },
      { userId: 'u-c', organisationId: 'c', lead: true },
    ],
    findings: { myDrafts: 0, submitted: 0, unanswered: 0, visible: 0, released: 0, ...over.findings },
    report: over.report ?? null,
  };
}

/** The people of a visit, as their relations to it. */
export const PEOPLE = {
  host: ['host', 'roundMember', 'networkMember'],
  reviewer: ['reviewer', 'roundMember', 'networkMember'],
  lead: ['reviewer', 'lead', 'roundMember', 'networkMember'],
  roundMember: ['roundMember', 'networkMember'],
  coordinator: ['coordinator', 'networkMember'],
  networkMember: ['networkMember'],
} as const satisfies Record<string, readonly VisitRelation[]>;
export type Person = keyof typeof PEOPLE;
export const EVERYONE = Object.keys(PEOPLE) as Person[];

export const at = (iso: string) => new Date(iso);

export function programmeFacts(
  over: Partial<Omit<ProgrammeTaskFacts, 'programme'>> & { programme?: Partial<ProgrammeTaskFacts['programme']> } = {},
): ProgrammeTaskFacts {
  return {
    rounds: { total: 0, closed: 0 },
    acceptedUnplaced: 0,
    harvestPublished: false,
    pending: [],
    ...over,
    programme: {
      id: 'p1',
      name: 'Sturen met Kwaliteit',
      status: 'OPEN',
      signUpOpensAt: at('2027-01-01T00:00:00Z'),
      signUpClosesAt: at('2027-02-01T00:00:00Z'),
      ...over.programme,
    },
  };
}

export const ACTORS = {
  coordinator: { userId: 'c', isPlatformAdmin: false, membership: { role: 'COORDINATOR', organisationId: null, active: true } },
  member: { userId: 'm', isPlatformAdmin: false, membership: { role: 'MEMBER', organisationId: 'host', active: true } },
  inactiveCoordinator: { userId: 'x', isPlatformAdmin: false, membership: { role: 'COORDINATOR', organisationId: null, active: false } },
  platformAdmin: { userId: 'a', isPlatformAdmin: true, membership: null },
} as const satisfies Record<string, Actor>;
