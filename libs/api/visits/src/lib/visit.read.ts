import { SCOPE, compiledRoot, UserRead, column, extendRead, rootArg, timestamp, type ComputedRead, type NodeRead, type RootRead } from '@kijkje/api/core';
import { OrganisationRead } from '@kijkje/api/networks';
import { ProgrammeRead } from '@kijkje/api/programmes';
import { RoundRead } from '@kijkje/api/rounds';
import {
  dutchToday,
  followUpInvitation,
  visitDeadlines,
  visitRights,
  type DeadlineSettings,
  type VisitKind,
  type VisitRelation,
  type VisitStatus,
} from '@kijkje/domain';
import { deadlinesView, scheduleOf } from './visit-deadlines';
import { IN_ROUND_OF_VISIT, visitRelationsOf, type RelationFacts } from './visit-access.service';
import { APPLICATION_QUESTION } from './visits.queries';

/*
 * Visits and their teams in compiled reads (see read-node.ts). The caller's relations to a visit
 * are worked out once per visit in SQL (the same facts VisitAccess loads); what they may see
 * follows from them through libs/domain, in JavaScript, exactly as in the resolvers.
 */

/** The relations the caller's visit facts name, with the column of `<v>_rel` that holds each. */
const RELATION_COLUMNS = { coordinator: 'coordinator', host: 'host', roundMember: 'round_member', reviewer: 'reviewer', lead: 'lead' } as const;

/**
 * The caller's relations to visit `v`, once per visit row: as `<v>_rel.facts` (JSON, for the domain's
 * rules in JavaScript) and each as a boolean column (visitRelationFlag, for conditions in SQL). The
 * inner query is worked out once per row (OFFSET 0 keeps PostgreSQL from copying its subqueries
 * into every place that reads them).
 */
export const visitRelationsLateral = (v: string): string => ` CROSS JOIN LATERAL (SELECT json_build_object(
    ${Object.entries(RELATION_COLUMNS)
      .map(([name, column]) => `'${name}', x.${column}`)
      .join(', ')}) AS facts, x.*
  FROM (SELECT ${SCOPE.coordinator} AS coordinator,
    ${v}.host_organisation_id IS NOT DISTINCT FROM ${SCOPE.organisation} AND ${SCOPE.organisation} IS NOT NULL AS host,
    ${IN_ROUND_OF_VISIT(v, SCOPE.organisation)} AS round_member,
    EXISTS (SELECT 1 FROM visit_reviewer r WHERE r.network_id = ${v}.network_id AND r.visit_id = ${v}.id AND r.user_id = ${SCOPE.user}) AS reviewer,
    EXISTS (SELECT 1 FROM visit_reviewer r WHERE r.network_id = ${v}.network_id AND r.visit_id = ${v}.id AND r.user_id = ${SCOPE.user} AND r.is_lead) AS lead
  OFFSET 0) x) ${v}_rel`;

/** Whether the caller stands in `relation` to visit `v` (joined with visitRelationsLateral), as SQL; every member is a network member. */
export function visitRelationFlag(v: string, relation: VisitRelation): string | null {
  if (relation === 'networkMember') return 'true';
  return relation in RELATION_COLUMNS ? `${v}_rel.${RELATION_COLUMNS[relation as keyof typeof RELATION_COLUMNS]}` : null;
}

const relationSets = new WeakMap<object, ReadonlySet<VisitRelation>>();

/**
 * The relations of a visit's facts (`relations`), as VisitAccess gives them: worked out once per
 * answer's facts object (every finding of a visit shares its visit's), so not to be changed.
 */
export const relationsOfFacts = (facts: Record<string, unknown>): ReadonlySet<VisitRelation> => {
  const own = facts['relations'] as RelationFacts;
  let relations = relationSets.get(own);
  if (!relations) relationSets.set(own, (relations = visitRelationsOf(own)));
  return relations;
};

/** The visit is the caller's to see at all (its overview). */
const overview: ComputedRead<boolean> = {
  facts: ['relations', 'status'],
  value: (f) => visitRights(relationsOfFacts(f), f['status'] as VisitStatus).overview,
};

type ScheduleFacts = {
  startsOn: string | null;
  preparationDue: string | null;
  reportDue: string | null;
  replyDeadline: string | null;
  settings: DeadlineSettings;
};

/** Visit.deadlines from the schedule facts, as the resolver gives it (deadlinesOf). */
function deadlinesOfFacts(f: ScheduleFacts) {
  const at = (value: string | null) => (value === null ? null : new Date(value));
  const visit = { startsOn: f.startsOn, preparationDue: at(f.preparationDue), reportDue: at(f.reportDue), replyDeadline: at(f.replyDeadline) };
  return deadlinesView(visit, visitDeadlines(scheduleOf(visit), f.settings));
}

export const ReviewerRead: NodeRead = {
  type: 'Reviewer',
  fields: {
    isLead: column('is_lead'),
    user: { one: { node: () => UserRead, table: 'app_user', where: (r, u) => `${u}.id = ${r}.user_id` } },
    organisation: {
      one: { node: () => OrganisationRead, table: 'organisation', where: (r, o) => `${o}.id = ${r}.organisation_id AND ${o}.network_id = ${r}.network_id` },
    },
  },
};

export const VisitRead: NodeRead = {
  type: 'Visit',
  lateral: visitRelationsLateral,
  facts: {
    relations: (v) => `${v}_rel.facts`,
    status: (v) => `${v}.status`,
    startsOn: (v) => `${v}.starts_on`,
    kind: (v) => `${v}.kind`,
    followUpStatuses: (v) =>
      `(SELECT coalesce(json_agg(f.status ORDER BY f.created_at, f.id), '[]'::json) FROM visit f WHERE f.network_id = ${v}.network_id AND f.follow_up_of = ${v}.id)`,
    // What visitDeadlines needs: the visit's dates and its programme's rule.
    schedule: (v) => `json_build_object('startsOn', ${v}.starts_on, 'preparationDue', ${v}.preparation_due, 'reportDue', ${v}.report_due,
      'replyDeadline', ${v}.reply_deadline, 'settings', (SELECT json_build_object('preparationDaysBefore', p.preparation_days_before,
        'replyDays', p.reply_days, 'reportWeeksAfter', p.report_weeks_after)
        FROM round r JOIN programme p ON p.id = r.programme_id AND p.network_id = r.network_id WHERE r.id = ${v}.round_id AND r.network_id = ${v}.network_id))`,
  },
  fields: {
    id: column('id'),
    status: column('status'),
    kind: column('kind'),
    followUpOf: column('follow_up_of'),
    version: column('version'),
    startsOn: column('starts_on'),
    startsAt: timestamp('starts_at'),
    endsAt: timestamp('ends_at'),
    location: column('location'),
    preparedAt: timestamp('prepared_at'),
    heldAt: timestamp('held_at'),
    replyDeadline: timestamp('reply_deadline'),
    reviewQuestion: { value: { sql: (v) => `coalesce(${v}.review_question, ${APPLICATION_QUESTION(v)})` } },
    applicationReviewQuestion: { value: { sql: (v) => APPLICATION_QUESTION(v) } },
    reviewQuestionRefined: { value: { sql: (v) => `${v}.review_question IS NOT NULL` } },
    hostOrganisation: {
      one: {
        node: () => OrganisationRead,
        table: 'organisation',
        where: (v, o) => `${o}.id = ${v}.host_organisation_id AND ${o}.network_id = ${v}.network_id`,
      },
    },
    round: { one: { node: () => RoundRead, table: 'round', where: (v, r) => `${r}.id = ${v}.round_id AND ${r}.network_id = ${v}.network_id` } },
    programme: {
      one: {
        node: () => ProgrammeRead,
        table: 'programme',
        where: (v, p) =>
          `${p}.network_id = ${v}.network_id AND ${p}.id = (SELECT programme_id FROM round WHERE id = ${v}.round_id AND network_id = ${v}.network_id)`,
      },
    },
    team: {
      many: {
        node: () => ReviewerRead,
        table: 'visit_reviewer',
        where: (v, r) => `${r}.network_id = ${v}.network_id AND ${r}.visit_id = ${v}.id`,
        orderBy: (r) => `${r}.is_lead DESC, ${r}.created_at ASC`,
      },
    },
    myRelations: { computed: { facts: ['relations'], value: (f) => [...relationsOfFacts(f)].sort() } },
    rights: {
      computed: {
        facts: ['relations', 'status', 'startsOn'],
        value: (f) => visitRights(relationsOfFacts(f), f['status'] as VisitStatus, { startsOn: f['startsOn'] as string | null, today: dutchToday() }),
      },
    },
    deadlines: { computed: { facts: ['schedule'], value: (f) => deadlinesOfFacts(f['schedule'] as ScheduleFacts) } },
    followUps: {
      many: {
        node: () => VisitRead,
        table: 'visit',
        where: (v, f) => `${f}.network_id = ${v}.network_id AND ${f}.follow_up_of = ${v}.id`,
        orderBy: (f) => `${f}.created_at ASC, ${f}.id ASC`,
        keep: overview,
      },
    },
    mayInviteFollowUp: {
      computed: {
        facts: ['relations', 'status', 'kind', 'followUpStatuses'],
        value: (f) =>
          followUpInvitation(relationsOfFacts(f), {
            kind: f['kind'] as VisitKind,
            status: f['status'] as VisitStatus,
            followUps: f['followUpStatuses'] as VisitStatus[],
          })?.allowed ?? false,
      },
    },
  },
};

// A round's visits: those the caller may see, as VisitsService.forRound.
extendRead(RoundRead, {
  visits: {
    many: {
      node: () => VisitRead,
      table: 'visit',
      where: (r, v) => `${v}.network_id = ${r}.network_id AND ${v}.round_id = ${r}.id`,
      orderBy: (v) =>
        `${v}.starts_on ASC NULLS LAST, (SELECT name FROM organisation o WHERE o.id = ${v}.host_organisation_id AND o.network_id = ${v}.network_id) ASC`,
      keep: overview,
    },
  },
});

/** `visit(id)`: for whoever may see its overview, as VisitAccess.require. */
export const VISIT_BY_ID: RootRead = {
  node: VisitRead,
  table: 'visit',
  where: (v) => `${v}.network_id = ${SCOPE.network} AND ${v}.id = ${rootArg(0)}::uuid`,
  keep: overview,
};

compiledRoot('visit', { root: VISIT_BY_ID, action: 'visit.read' });
