import { SCOPE, UserRead, column, compiledRoot, extendRead, rootArg, timestamp, type ComputedRead, type NodeRead, type RootRead } from '@kijkje/api/core';
import { VisitRead, relationsOfFacts, visitRelationFlag, visitRelationsLateral } from '@kijkje/api/visits';
import {
  canMarkSystemIssue,
  findingContentGrants,
  findingRights,
  offeredFindingRights,
  visibleFindingFigures,
  visitRights,
  type FindingFigures,
  type FindingStatus,
  type VisitRelation,
  type VisitStatus,
} from '@kijkje/domain';
import { completeEvidence } from './finding.entity';
import { findingFiguresOf } from './findings.queries';

/*
 * Findings, their discussion and the host's reply in compiled reads (see read-node.ts). Which
 * findings a caller sees, and what they may do with each, follows from the visit's relations and
 * the finding's own facts through libs/domain, exactly as FindingAccess gives it to the resolvers.
 */

/** The caller's relations to a finding: the visit's, and `author` for their own. */
const relationsToFinding = (f: Record<string, unknown>): ReadonlySet<VisitRelation> => {
  const relations = relationsOfFacts(f);
  return f['own'] ? new Set([...relations, 'author']) : relations;
};

/**
 * The findings of visit `v` whose content one of the caller's relations lets them read
 * (findingContentGrants of libs/domain), as SQL: what `readable` would leave out is not even built.
 */
function readableInSql(v: string, f: string): string {
  const holds = (relation: VisitRelation) => (relation === 'author' ? `${f}.author_id = ${SCOPE.user}` : visitRelationFlag(v, relation));
  const grants = findingContentGrants().map((g) => {
    const relation = holds(g.relation);
    if (relation === null) throw new Error(`no SQL for the relation ${g.relation}`);
    return `(${relation} AND ${f}.status = '${g.status}'${g.onlyReleased ? ` AND ${f}.released_for_harvest` : ''})`;
  });
  return grants.join(' OR ') || 'false';
}

const FACTS = ['relations', 'status', 'released', 'own'];
const rightsOf = (f: Record<string, unknown>) => findingRights(relationsToFinding(f), f['status'] as FindingStatus, f['released'] as boolean);

const readable: ComputedRead<boolean> = { facts: FACTS, value: (f) => rightsOf(f).read === 'content' };

export const CommentRead: NodeRead = {
  type: 'FindingComment',
  fields: {
    id: column('id'),
    text: column('text'),
    createdAt: timestamp('created_at'),
    author: { one: { node: () => UserRead, table: 'app_user', where: (c, u) => `${u}.id = ${c}.author_id` } },
  },
};

export const ResponseRead: NodeRead = {
  type: 'HostResponse',
  fields: {
    kind: column('kind'),
    text: column('text'),
    version: column('version'),
    updatedAt: timestamp('updated_at'),
    respondedBy: { one: { node: () => UserRead, table: 'app_user', where: (r, u) => `${u}.id = ${r}.responded_by` } },
  },
};

export const FindingRead: NodeRead = {
  type: 'Finding',
  facts: {
    relations: (_, visit) => visit['relations'],
    visitStatus: (_, visit) => visit['status'],
    status: (f) => `${f}.status`,
    released: (f) => `${f}.released_for_harvest`,
    own: (f) => `${f}.author_id = ${SCOPE.user}`,
  },
  fields: {
    id: column('id'),
    kind: column('kind'),
    theme: column('theme'),
    text: column('text'),
    tags: column('tags'),
    evidence: { value: { sql: (f) => `${f}.evidence`, map: (v) => completeEvidence(v as Parameters<typeof completeEvidence>[0]) } },
    status: column('status'),
    releasedForHarvest: column('released_for_harvest'),
    systemIssue: column('system_issue'),
    canMarkSystemIssue: {
      computed: { facts: ['relations', 'own', 'status'], value: (f) => canMarkSystemIssue(relationsToFinding(f), f['status'] as FindingStatus) },
    },
    version: column('version'),
    createdAt: timestamp('created_at'),
    updatedAt: timestamp('updated_at'),
    author: { one: { node: () => UserRead, table: 'app_user', where: (f, u) => `${u}.id = ${f}.author_id` } },
    myRelations: { computed: { facts: ['relations', 'own'], value: (f) => [...relationsToFinding(f)].sort() } },
    rights: {
      computed: {
        facts: [...FACTS, 'visitStatus'],
        value: (f) => offeredFindingRights(rightsOf(f), f['visitStatus'] as VisitStatus),
      },
    },
    comments: {
      many: {
        node: () => CommentRead,
        table: 'finding_comment',
        where: (f, c) => `${c}.network_id = ${f}.network_id AND ${c}.finding_id = ${f}.id`,
        orderBy: (c) => `${c}.created_at ASC`,
        when: { facts: FACTS, value: (f) => rightsOf(f).discuss },
      },
    },
    response: {
      one: {
        node: () => ResponseRead,
        table: 'host_response',
        where: (f, r) => `${r}.network_id = ${f}.network_id AND ${r}.finding_id = ${f}.id`,
        when: readable,
      },
    },
  },
};

extendRead(
  VisitRead,
  {
    // The findings whose content the caller may read, as FindingsService.forVisit.
    findings: {
      many: {
        node: () => FindingRead,
        table: 'finding',
        where: (v, f) => `${f}.network_id = ${v}.network_id AND ${f}.visit_id = ${v}.id`,
        orderBy: (f) => `${f}.created_at ASC, ${f}.id ASC`,
        when: { facts: ['relations', 'status'], value: (f) => visitRights(relationsOfFacts(f), f['status'] as VisitStatus).readFindings },
        keep: readable,
        narrow: readableInSql,
      },
    },
    // Progress figures, each only where the caller may know of such findings, as FindingsService.counts.
    findingCounts: {
      computed: {
        facts: ['relations', 'status', 'figures'],
        value: (f) =>
          visitRights(relationsOfFacts(f), f['status'] as VisitStatus).readCounts
            ? visibleFindingFigures(relationsOfFacts(f), f['figures'] as FindingFigures)
            : null,
      },
    },
  },
  { figures: findingFiguresOf },
);

/** A finding on its own: its visit, and the caller's relations to it, joined beside it. */
const FindingWithVisit: NodeRead = {
  ...FindingRead,
  lateral: (f) => ` JOIN visit ${f}_visit ON ${f}_visit.id = ${f}.visit_id AND ${f}_visit.network_id = ${f}.network_id${visitRelationsLateral(`${f}_visit`)}`,
  facts: { ...FindingRead.facts, relations: (f) => `${f}_visit_rel.facts`, visitStatus: (f) => `${f}_visit.status` },
};

/** `finding(id)`, and the answer of a step on one finding: for whoever may read its content, as FindingAccess.require. */
export const FINDING_BY_ID: RootRead = {
  node: FindingWithVisit,
  table: 'finding',
  where: (f) => `${f}.network_id = ${SCOPE.network} AND ${f}.id = ${rootArg(0)}::uuid`,
  keep: readable,
};

compiledRoot('finding', { root: FINDING_BY_ID, action: 'visit.read' });
