/**
 * Who may see and do what with a finding (bevinding): the policy of DOMAIN.md, "Who may see what",
 * as one pure function. Services ask it; nothing else decides. A denial reads as not-found.
 */

export const FINDING_KINDS = ['STRENGTH', 'CONCERN', 'RECOMMENDATION', 'OWN_RESPONSIBILITY'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_STATUSES = ['DRAFT', 'SUBMITTED', 'SHARED', 'FINAL'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/**
 * How a person stands to one visit (and, for `author`, to one finding). A person may stand in
 * several ways at once (the lead who wrote a finding is `reviewer`, `lead` and `author`); the
 * rights are the union. Everybody in the network is a `networkMember`; everybody of an
 * organisation in the round (host and reviewers' organisations too) is a `roundMember`.
 */
export const VISIT_RELATIONS = ['author', 'reviewer', 'lead', 'host', 'roundMember', 'coordinator', 'networkMember'] as const;
export type VisitRelation = (typeof VISIT_RELATIONS)[number];

/** `content`: the text itself; `count`: only that it exists (progress figures); `none`: as if it did not exist. */
export type ReadLevel = 'content' | 'count' | 'none';

export interface FindingRights {
  read: ReadLevel;
  /** Change kind, theme, text, evidence and tags. */
  edit: boolean;
  /** DRAFT → SUBMITTED: the review team sees it. */
  submit: boolean;
  /** Throw a draft away. */
  delete: boolean;
  /** Read and write the review team's discussion of the finding. */
  discuss: boolean;
  /** SUBMITTED → SHARED: the host sees it and may reply. */
  share: boolean;
  /** SHARED → FINAL. */
  finalise: boolean;
  /** Hoor en wederhoor: agree, correct a fact, or comment. */
  reply: boolean;
  /** Decide whether the finding may be used, anonymised, in a harvest. */
  release: boolean;
}

const NONE: FindingRights = {
  read: 'none',
  edit: false,
  submit: false,
  delete: false,
  discuss: false,
  share: false,
  finalise: false,
  reply: false,
  release: false,
};

const LEVEL: Record<ReadLevel, number> = { none: 0, count: 1, content: 2 };

/** What one relation alone grants for a finding in this state. */
function grant(relation: VisitRelation, status: FindingStatus, released: boolean): Partial<FindingRights> {
  const visible = status === 'SHARED' || status === 'FINAL';
  switch (relation) {
    case 'author':
      if (status === 'DRAFT') return { read: 'content', edit: true, submit: true, delete: true };
      return status === 'SUBMITTED' ? { read: 'content', edit: true } : {};
    case 'reviewer':
      return status === 'DRAFT' ? {} : { read: 'content', discuss: true };
    case 'lead':
      if (status === 'SUBMITTED') return { share: true };
      return status === 'SHARED' ? { finalise: true } : {};
    case 'host':
      return visible ? { read: 'content', reply: true, release: true } : {};
    case 'coordinator':
      // Coordinators facilitate: progress everywhere, content only of what the host released.
      if (status === 'DRAFT') return {};
      return { read: visible && released ? 'content' : 'count' };
    case 'roundMember':
    case 'networkMember':
      return {};
  }
}

/** The rights of a person with these relations to a finding in this state. */
export function findingRights(relations: Iterable<VisitRelation>, status: FindingStatus, releasedForHarvest: boolean): FindingRights {
  const rights: FindingRights = { ...NONE };
  const all = new Set(relations);
  // The lead is one of the reviewers.
  if (all.has('lead')) all.add('reviewer');
  for (const relation of all) {
    const granted = grant(relation, status, releasedForHarvest);
    for (const [key, value] of Object.entries(granted) as [keyof FindingRights, FindingRights[keyof FindingRights]][]) {
      if (key === 'read') {
        if (LEVEL[value as ReadLevel] > LEVEL[rights.read]) rights.read = value as ReadLevel;
      } else if (value) (rights[key] as boolean) = true;
    }
  }
  return rights;
}

/** Is the finding's content readable: the one question every list and event asks. */
export function canReadFinding(relations: Iterable<VisitRelation>, status: FindingStatus, releasedForHarvest: boolean): boolean {
  return findingRights(relations, status, releasedForHarvest).read === 'content';
}

/** One relation's own grant of a finding's content: in this status, and only once released for the harvest or always. */
export interface ContentGrant {
  relation: VisitRelation;
  status: FindingStatus;
  onlyReleased: boolean;
}

let contentGrants: readonly ContentGrant[] | null = null;

/**
 * Which relation alone lets a person read a finding's content, in which status. The rights are the
 * union over a person's relations, so they read it exactly when one of their relations does: a
 * statement can leave out, in SQL, the findings none of the caller's relations may read.
 */
export function findingContentGrants(): readonly ContentGrant[] {
  contentGrants ??= VISIT_RELATIONS.flatMap((relation) =>
    FINDING_STATUSES.flatMap((status): ContentGrant[] => {
      if (canReadFinding([relation], status, false)) return [{ relation, status, onlyReleased: false }];
      return canReadFinding([relation], status, true) ? [{ relation, status, onlyReleased: true }] : [];
    }),
  );
  return contentGrants;
}

/** The finding statuses whose content these relations may read, for filtering in SQL. */
export interface ReadableStatus {
  status: FindingStatus;
  onlyReleased: boolean;
  onlyOwn: boolean;
}

export function readableStatuses(relations: Iterable<VisitRelation>): ReadableStatus[] {
  const list = [...new Set(relations)];
  return FINDING_STATUSES.flatMap((status): ReadableStatus[] => {
    const asIs = list.filter((r) => r !== 'author');
    if (canReadFinding(asIs, status, false)) return [{ status, onlyReleased: false, onlyOwn: false }];
    if (canReadFinding(asIs, status, true)) return [{ status, onlyReleased: true, onlyOwn: false }];
    if (canReadFinding([...asIs, 'author'], status, false)) return [{ status, onlyReleased: false, onlyOwn: true }];
    return [];
  });
}
