import fc from 'fast-check';
import {
  FINDING_STATUSES,
  VISIT_RELATIONS,
  canReadFinding,
  findingContentGrants,
  findingRights,
  readableStatuses,
  type FindingStatus,
  type VisitRelation,
} from './finding-policy';
import { MATRIX_ROLES, expectedCell, type MatrixRole } from './policy-matrix';

const roles = Object.keys(MATRIX_ROLES) as MatrixRole[];
const cases = roles.flatMap((role) => FINDING_STATUSES.flatMap((status) => [false, true].map((released) => [role, status, released] as const)));

describe('finding policy: the DOMAIN.md table, role × state × read/edit/reply', () => {
  it.each(cases)('%s, %s finding (released: %s)', (role, status, released) => {
    const rights = findingRights(MATRIX_ROLES[role], status, released);
    expect({ read: rights.read, edit: rights.edit, reply: rights.reply }).toEqual(expectedCell(role, status, released));
  });
});

describe('finding policy: the steps of the life cycle', () => {
  const rights = (relations: readonly VisitRelation[], status: FindingStatus, released = false) => findingRights(relations, status, released);

  it('lets only the author submit or throw away a draft', () => {
    expect(rights(MATRIX_ROLES.author, 'DRAFT')).toMatchObject({ submit: true, delete: true });
    for (const role of roles.filter((r) => r !== 'author')) expect(rights(MATRIX_ROLES[role], 'DRAFT')).toMatchObject({ submit: false, delete: false });
    expect(rights(MATRIX_ROLES.author, 'SUBMITTED')).toMatchObject({ submit: false, delete: false });
  });

  it('lets only the lead share submitted findings and finalise shared ones', () => {
    expect(rights(MATRIX_ROLES.lead, 'SUBMITTED').share).toBe(true);
    expect(rights(MATRIX_ROLES.lead, 'SHARED').finalise).toBe(true);
    expect(rights(MATRIX_ROLES.lead, 'DRAFT').share).toBe(false);
    expect(rights(MATRIX_ROLES.lead, 'FINAL').finalise).toBe(false);
    for (const role of roles.filter((r) => r !== 'lead')) {
      expect(rights(MATRIX_ROLES[role], 'SUBMITTED').share).toBe(false);
      expect(rights(MATRIX_ROLES[role], 'SHARED').finalise).toBe(false);
    }
  });

  it('keeps the team discussion within the team, and the harvest decision with the host', () => {
    for (const status of ['SUBMITTED', 'SHARED', 'FINAL'] as const) {
      expect(rights(MATRIX_ROLES.otherReviewer, status).discuss).toBe(true);
      expect(rights(MATRIX_ROLES.hostContact, status).discuss).toBe(false);
      expect(rights(MATRIX_ROLES.coordinator, status, true).discuss).toBe(false);
    }
    expect(rights(MATRIX_ROLES.hostContact, 'SHARED').release).toBe(true);
    expect(rights(MATRIX_ROLES.hostContact, 'SUBMITTED').release).toBe(false);
    expect(rights(MATRIX_ROLES.lead, 'SHARED').release).toBe(false);
  });

  it('never lets anybody do anything with content they cannot read', () => {
    fc.assert(
      fc.property(fc.subarray([...VISIT_RELATIONS]), fc.constantFrom(...FINDING_STATUSES), fc.boolean(), (relations, status, released) => {
        const r = findingRights(relations, status, released);
        if (r.read !== 'content') expect([r.edit, r.submit, r.delete, r.discuss, r.share, r.finalise, r.reply, r.release]).toEqual(Array(8).fill(false));
      }),
    );
  });

  it('only ever adds rights when a person stands to the visit in more ways', () => {
    fc.assert(
      fc.property(
        fc.subarray([...VISIT_RELATIONS]),
        fc.subarray([...VISIT_RELATIONS]),
        fc.constantFrom(...FINDING_STATUSES),
        fc.boolean(),
        (a, b, status, released) => {
          const one = findingRights(a, status, released);
          const both = findingRights([...a, ...b], status, released);
          const level = { none: 0, count: 1, content: 2 };
          expect(level[both.read]).toBeGreaterThanOrEqual(level[one.read]);
          for (const key of ['edit', 'submit', 'delete', 'discuss', 'share', 'finalise', 'reply', 'release'] as const)
            if (one[key]) expect(both[key]).toBe(true);
        },
      ),
    );
  });
});

describe('readableStatuses: the policy as a filter for a list', () => {
  it.each(roles)('agrees with canReadFinding for %s', (role) => {
    const visitLevel = MATRIX_ROLES[role].filter((r) => r !== 'author');
    const filter = readableStatuses(visitLevel);
    for (const status of FINDING_STATUSES)
      for (const released of [false, true])
        for (const own of [false, true]) {
          const relations: VisitRelation[] = own ? [...visitLevel, 'author'] : visitLevel;
          const rule = filter.find((f) => f.status === status);
          const passes = Boolean(rule && (!rule.onlyReleased || released) && (!rule.onlyOwn || own));
          expect({ status, released, own, passes }).toEqual({ status, released, own, passes: canReadFinding(relations, status, released) });
        }
  });
});

describe('findingContentGrants: reading a finding is the union of what each relation grants', () => {
  const grantsRead = (relations: readonly VisitRelation[], status: FindingStatus, released: boolean) =>
    findingContentGrants().some((g) => relations.includes(g.relation) && g.status === status && (!g.onlyReleased || released));

  it('agrees with canReadFinding for every set of relations, status and release', () => {
    fc.assert(
      fc.property(fc.subarray([...VISIT_RELATIONS]), fc.constantFrom(...FINDING_STATUSES), fc.boolean(), (relations, status, released) => {
        expect(grantsRead(relations, status, released)).toBe(canReadFinding(relations, status, released));
      }),
      { numRuns: 2000 },
    );
  });

  it('names the grants of the policy table', () => {
    const of = (relation: VisitRelation) =>
      findingContentGrants()
        .filter((g) => g.relation === relation)
        .map((g) => `${g.status}${g.onlyReleased ? ' (released)' : ''}`);
    expect(of('author')).toEqual(['DRAFT', 'SUBMITTED']);
    expect(of('reviewer')).toEqual(['SUBMITTED', 'SHARED', 'FINAL']);
    expect(of('lead')).toEqual(['SUBMITTED', 'SHARED', 'FINAL']);
    expect(of('host')).toEqual(['SHARED', 'FINAL']);
    expect(of('coordinator')).toEqual(['SHARED (released)', 'FINAL (released)']);
    expect(of('roundMember')).toEqual([]);
    expect(of('networkMember')).toEqual([]);
  });
});
