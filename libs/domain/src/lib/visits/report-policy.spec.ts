import { MATRIX_ROLES, type MatrixRole } from './policy-matrix';
import { reportRights, reportShowsFinding, type ReportSharing } from './report-policy';
import type { VisitStatus } from './visit-lifecycle';

const read = (role: MatrixRole, status: VisitStatus, sharing: ReportSharing = 'TEAM') => reportRights(MATRIX_ROLES[role], status, sharing).read;

describe('visit report: who reads it', () => {
  it.each<[MatrixRole, boolean, boolean, boolean, boolean, boolean]>([
    // role               draft  shared final  final+round final+network
    ['author', true, true, true, true, true],
    ['otherReviewer', true, true, true, true, true],
    ['lead', true, true, true, true, true],
    ['hostContact', false, true, true, true, true],
    ['coordinator', false, false, true, true, true],
    ['otherRoundMember', false, false, false, true, true],
    ['networkMember', false, false, false, false, true],
    ['facilitator', false, false, false, false, false],
    ['otherNetwork', false, false, false, false, false],
  ])('%s', (role, draft, shared, final, round, network) => {
    expect([
      read(role, 'REPORT_DRAFT'),
      read(role, 'REPORT_SHARED'),
      read(role, 'REPORT_FINAL'),
      read(role, 'REPORT_FINAL', 'ROUND'),
      read(role, 'REPORT_FINAL', 'NETWORK'),
    ]).toEqual([draft, shared, final, round, network]);
  });

  it('does not exist before the lead begins it', () => {
    for (const role of Object.keys(MATRIX_ROLES) as MatrixRole[])
      for (const status of ['PLANNED', 'PREPARED', 'HELD'] as const) expect(read(role, status)).toBe(false);
  });
});

describe('visit report: who moves it on', () => {
  const steps = (role: MatrixRole, status: VisitStatus) => {
    const r = reportRights(MATRIX_ROLES[role], status, 'TEAM');
    return (['edit', 'start', 'share', 'reopen', 'finalise', 'comment', 'setSharing'] as const).filter((k) => r[k]);
  };

  it.each<[MatrixRole, VisitStatus, string[]]>([
    ['lead', 'HELD', ['start']],
    ['lead', 'REPORT_DRAFT', ['edit', 'share']],
    ['lead', 'REPORT_SHARED', ['reopen', 'finalise']],
    ['lead', 'REPORT_FINAL', []],
    ['otherReviewer', 'REPORT_DRAFT', []],
    ['hostContact', 'REPORT_SHARED', ['comment']],
    ['hostContact', 'REPORT_FINAL', ['setSharing']],
    ['coordinator', 'REPORT_FINAL', []],
  ])('%s in %s may %j', (role, status, expected) => {
    expect(steps(role, status)).toEqual(expected);
  });
});

describe('visit report: which findings a reader sees in it', () => {
  it.each<[MatrixRole, ReportSharing, boolean, boolean]>([
    ['lead', 'TEAM', false, true],
    ['hostContact', 'TEAM', false, true],
    ['coordinator', 'TEAM', false, false],
    ['coordinator', 'TEAM', true, true],
    ['coordinator', 'ROUND', false, false],
    ['coordinator', 'NETWORK', false, true],
    ['otherRoundMember', 'ROUND', false, true],
    ['networkMember', 'ROUND', true, true],
    ['networkMember', 'NETWORK', false, true],
  ])('%s, report shared with %s, finding released %s: %s', (role, sharing, released, shown) => {
    expect(reportShowsFinding(MATRIX_ROLES[role], sharing, released)).toBe(shown);
  });
});
