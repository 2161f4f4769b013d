import { MATRIX_ROLES, type MatrixRole } from './policy-matrix';
import { visitNotYetHeldMessage, visitRights } from './visit-policy';
import { VISIT_STATUSES, type VisitStatus } from './visit-lifecycle';

const rights = (role: MatrixRole, status: VisitStatus) => visitRights(MATRIX_ROLES[role], status);

describe('visit policy (DOMAIN.md: programme and round overview, self-assessment and agenda)', () => {
  it.each<[MatrixRole, boolean, boolean, boolean]>([
    // role, overview, read preparation, edit preparation (while PLANNED)
    ['coordinator', true, true, false],
    ['author', true, true, false],
    ['otherReviewer', true, true, false],
    ['lead', true, true, false],
    ['hostContact', true, true, true],
    ['otherRoundMember', true, false, false],
    ['networkMember', false, false, false],
    ['facilitator', false, false, false],
    ['otherNetwork', false, false, false],
  ])('%s: overview %s, reads preparation %s, edits it %s', (role, overview, read, edit) => {
    const r = rights(role, 'PLANNED');
    expect([r.overview, r.readPreparation, r.editPreparation]).toEqual([overview, read, edit]);
  });

  it('freezes the preparation once it is submitted', () => {
    for (const status of VISIT_STATUSES.filter((s) => s !== 'PLANNED')) expect(rights('hostContact', status).editPreparation).toBe(false);
  });

  it('lets reviewers capture findings on the day and after, until the report begins', () => {
    expect(VISIT_STATUSES.filter((s) => rights('otherReviewer', s).addFinding)).toEqual(['PREPARED', 'HELD']);
    for (const role of ['hostContact', 'coordinator', 'otherRoundMember', 'networkMember'] as const) {
      expect(VISIT_STATUSES.filter((s) => rights(role, s).addFinding)).toEqual([]);
    }
  });

  it('gives the team to the coordinator, and lets other round members offer their own people, before the visit is held', () => {
    expect(VISIT_STATUSES.filter((s) => rights('coordinator', s).manageTeam)).toEqual(['PLANNED', 'PREPARED']);
    expect(rights('otherRoundMember', 'PLANNED').offerOwnReviewers).toBe(true);
    expect(rights('hostContact', 'PLANNED').offerOwnReviewers).toBe(false);
    expect(rights('networkMember', 'PLANNED').offerOwnReviewers).toBe(false);
    expect(rights('otherRoundMember', 'HELD').offerOwnReviewers).toBe(false);
  });

  it('lets the lead share once the visit is held, and the lead or coordinator mark it held on or after its day', () => {
    const onTheDay = { startsOn: '2026-12-04', today: '2026-12-04' };
    const held = (role: MatrixRole, status: VisitStatus, day = onTheDay) => visitRights(MATRIX_ROLES[role], status, day).markHeld;
    expect(VISIT_STATUSES.filter((s) => rights('lead', s).shareFindings)).toEqual(['HELD']);
    expect(rights('otherReviewer', 'HELD').shareFindings).toBe(false);
    expect(VISIT_STATUSES.filter((s) => held('lead', s))).toEqual(['PREPARED']);
    expect(held('coordinator', 'PREPARED')).toBe(true);
    expect(held('lead', 'PREPARED', { startsOn: '2026-11-20', today: '2026-12-04' })).toBe(true);
    expect(held('otherReviewer', 'PREPARED')).toBe(false);
    expect(held('hostContact', 'PREPARED')).toBe(false);
  });

  it('does not offer "visit done" before the visit’s day, nor without a day or a calendar', () => {
    const tomorrow = { startsOn: '2026-12-05', today: '2026-12-04' };
    const lead = visitRights(MATRIX_ROLES.lead, 'PREPARED', tomorrow);
    expect([lead.markHeld, lead.markHeldLater]).toEqual([false, true]);
    expect(visitRights(MATRIX_ROLES.coordinator, 'PREPARED', tomorrow).markHeldLater).toBe(true);
    // Someone who may not mark it held is not told to wait either.
    expect(visitRights(MATRIX_ROLES.otherReviewer, 'PREPARED', tomorrow).markHeldLater).toBe(false);
    expect(visitRights(MATRIX_ROLES.lead, 'HELD', tomorrow).markHeldLater).toBe(false);
    expect(visitRights(MATRIX_ROLES.lead, 'PREPARED', { startsOn: null, today: '2026-12-04' }).markHeld).toBe(false);
    expect(rights('lead', 'PREPARED').markHeld).toBe(false);
    expect(visitNotYetHeldMessage('2026-12-05')).toEqual({
      nl: 'Het bezoek is op 5 december 2026. U kunt het vanaf die dag afronden.',
      en: 'The visit is on 5 December 2026. You can mark it as done from that day.',
    });
  });

  it('lets only the host refine the review question, while preparing; whoever sees the visit reads it', () => {
    const roles = Object.keys(MATRIX_ROLES) as MatrixRole[];
    expect(roles.filter((role) => rights(role, 'PLANNED').refineReviewQuestion)).toEqual(['hostContact']);
    expect(VISIT_STATUSES.filter((s) => rights('hostContact', s).refineReviewQuestion)).toEqual(['PLANNED']);
    expect(roles.filter((role) => rights(role, 'PLANNED').overview)).toEqual([
      'author',
      'otherReviewer',
      'lead',
      'hostContact',
      'otherRoundMember',
      'coordinator',
    ]);
  });
});
