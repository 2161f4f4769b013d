import fc from 'fast-check';
import { FINDING_STATUSES, VISIT_RELATIONS } from './finding-policy';
import { FINDING_CHANGES, coordinatorSeesAuditEntry, findingEventFor, visibleFindingFigures } from './finding-signals';
import { EVENT_CASES, MATRIX_ROLES, expectedCounts, expectedEvent, type MatrixRole } from './policy-matrix';

const roles = Object.keys(MATRIX_ROLES) as MatrixRole[];
const AUTHOR = 'author-id';
const FINDING = 'finding-id';
const figures = { submitted: 3, shared: 2, final: 1, released: 1 };

/** The subscriber as the API knows it: its relations to the visit (authorship is not one of them) and its id. */
const subscriber = (role: MatrixRole) => ({
  relations: MATRIX_ROLES[role].filter((r) => r !== 'author'),
  id: role === 'author' ? AUTHOR : `${role}-id`,
});

describe('progress figures: the DOMAIN.md table, per role', () => {
  it.each(roles)('%s', (role) => {
    const cell = expectedCounts(role);
    const visible = visibleFindingFigures(subscriber(role).relations, figures);
    if (!cell) {
      // Who may not see the figures at all is not even given the nulls (the API sends none).
      expect(Object.values(visible).every((v) => v === null)).toBe(true);
      return;
    }
    expect(visible).toEqual({
      submitted: cell.submitted ? 3 : null,
      shared: cell.shared ? 2 : null,
      final: cell.final ? 1 : null,
      released: cell.released ? 1 : null,
    });
  });
});

describe('live events: the DOMAIN.md table, per subscriber role and event', () => {
  const cases = roles.flatMap((role) => EVENT_CASES.map((event) => [role, event.label, event] as const));
  it.each(cases)('%s is told of “%s”', (role, _label, event) => {
    const { relations, id } = subscriber(role);
    const delivered = findingEventFor(relations, id, { ...event, findingId: FINDING, authorId: AUTHOR });
    const cell = expectedEvent(role, event);
    const expected = cell === 'id' ? { change: event.change, findingId: FINDING } : cell === 'refresh' ? { change: 'REFRESH', findingId: null } : null;
    expect(delivered).toEqual(expected);
  });

  it('never gives an id to someone who may not read the finding, nor news of a discussion they cannot join', () => {
    fc.assert(
      fc.property(
        fc.subarray([...VISIT_RELATIONS]),
        fc.boolean(),
        fc.constantFrom(...FINDING_CHANGES),
        fc.constantFrom(...FINDING_STATUSES),
        fc.boolean(),
        fc.boolean(),
        (relations, own, change, status, released, countsChanged) => {
          const delivered = findingEventFor(relations, own ? AUTHOR : 'other', {
            change,
            status,
            released,
            countsChanged,
            findingId: FINDING,
            authorId: AUTHOR,
          });
          if (!delivered) return;
          const mine = relations.filter((r) => r !== 'author');
          const all = own ? [...mine, 'author' as const] : mine;
          const visible = visibleFindingFigures(all, figures);
          if (delivered.findingId) {
            expect(
              findingEventFor(all, own ? AUTHOR : 'other', { change: 'UPDATED', status, released, countsChanged: false, findingId: FINDING, authorId: AUTHOR }),
            ).not.toBeNull();
          } else {
            // A bare refresh goes only to someone who may count findings in that state.
            expect(Object.values(visible).some((v) => v !== null)).toBe(true);
            expect(countsChanged).toBe(true);
          }
        },
      ),
    );
  });
});

describe('the audit log as the coordinator reads it', () => {
  it.each([
    ['finding.created', 'finding', { status: 'DRAFT' }, false],
    ['finding.created', 'finding', { status: 'SUBMITTED' }, true],
    ['finding.created', 'finding', {}, false],
    ['finding.updated', 'finding', {}, false],
    ['finding.deleted', 'finding', {}, false],
    ['finding.commented', 'finding', {}, false],
    ['finding.replied', 'finding', { kind: 'AGREE' }, false],
    ['finding.submitted', 'finding', {}, true],
    ['finding.released', 'finding', {}, true],
    ['finding.withheld', 'finding', {}, true],
    ['finding.shared', 'visit', {}, true],
    ['finding.finalised', 'visit', {}, true],
    ['access.denied', 'finding', {}, false],
    ['access.denied', 'visit', {}, true],
    ['round.started', 'round', {}, true],
    ['finding.system_issue_marked', 'finding', { category: 'LAW' }, false],
    ['round_evaluation.submitted', 'round', {}, false],
    ['round_evaluation.saved', 'round', {}, false],
  ] as const)('%s on a %s (%j): %s', (action, targetType, data, shown) => {
    expect(coordinatorSeesAuditEntry({ action, targetType, data })).toBe(shown);
  });
});
