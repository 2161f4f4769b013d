import { MATRIX_ROLES, type MatrixRole } from './policy-matrix';
import { inPersonalCalendar } from './personal-calendar';
import { VISIT_STATUSES } from './visit-lifecycle';

describe('a personal calendar feed holds the visits the person takes part in', () => {
  it.each<[MatrixRole, boolean]>([
    ['hostContact', true],
    ['lead', true],
    ['author', true],
    ['otherReviewer', true],
    ['coordinator', false],
    ['otherRoundMember', false],
    ['networkMember', false],
    ['facilitator', false],
    ['otherNetwork', false],
  ])('%s: %s, in every state of the visit', (role, expected) => {
    for (const status of VISIT_STATUSES) expect(inPersonalCalendar(MATRIX_ROLES[role], status, true)).toBe(expected);
  });

  it('leaves out a visit without a start and end time', () => {
    expect(inPersonalCalendar(MATRIX_ROLES.hostContact, 'PLANNED', false)).toBe(false);
    expect(inPersonalCalendar(MATRIX_ROLES.lead, 'HELD', false)).toBe(false);
  });

  it('counts a coordinator who is also on the team as taking part', () => {
    expect(inPersonalCalendar(['networkMember', 'coordinator', 'reviewer'], 'PREPARED', true)).toBe(true);
  });
});
