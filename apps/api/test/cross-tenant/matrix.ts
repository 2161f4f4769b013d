import { meetingFacilitatorCases } from '../support/cross-tenant-meeting-facilitators';
import { MEETING_REPORT_CASES } from '../support/cross-tenant-meetings';
import { trackCrossTenantCases } from '../support/cross-tenant-tracks';
import { buildCrossTenantWorld, meetingOfA, trackOfA, visitWorld, type Cases, type Part } from '../support/cross-tenant-world';
import type { GqlClient } from '../support/gql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { signedIn, type World } from '../support/world';
import { ACCOUNT_CASES } from './cases/accounts';
import { HARVEST_CASES } from './cases/harvests';
import { MEETING_CASES } from './cases/meetings';
import { NETWORK_CASES } from './cases/networks';
import { NOTIFICATION_AND_CALENDAR_CASES } from './cases/notifications-and-calendar';
import { PROGRAMME_AND_ROUND_CASES } from './cases/programmes-and-rounds';
import { REPORT_AND_PLAN_CASES } from './cases/reports-and-plans';
import { SECOND_FACTOR_CASES } from './cases/second-factor';
import { VISIT_AND_FINDING_CASES } from './cases/visits-and-findings';

/**
 * SEC-03: every operation × a signed-in user of another network. Targeted operations answer
 * NOT_FOUND; listing operations return nothing of the other network; platform operations are
 * FORBIDDEN. The cases live in tables by area (./cases); each key below is a spec file beside this
 * one, `<key>.spec.ts`, that tries its tables in the order given on a database of its own, with only
 * the parts of network A they aim at (support/cross-tenant-world). A new operation joins the table of
 * its area: networks-and-people.spec.ts fails while an operation of the schema is in no table, or
 * in two, or a table is in no file. Few files rather than one per table: each boots its own app.
 */
export const MATRIX_FILES = {
  // Lists of people, organisations, notifications and calendars are checked against all of A's visits and harvests.
  'networks-and-people': {
    parts: ['visits', 'harvests', 'notification', 'provider'],
    tables: [NETWORK_CASES, ACCOUNT_CASES, SECOND_FACTOR_CASES, NOTIFICATION_AND_CALENDAR_CASES],
  },
  'programmes-and-visits': { parts: ['visits', 'harvests'], tables: [PROGRAMME_AND_ROUND_CASES, VISIT_AND_FINDING_CASES] },
  // A harvest of the outsider's own may not choose A's work meetings either.
  'reports-and-harvests': { parts: ['visits', 'harvests', 'plan', 'meetings'], tables: [REPORT_AND_PLAN_CASES, HARVEST_CASES] },
  // A's facilitators come from A's learning track.
  'meetings-and-tracks': {
    parts: ['meetings', 'track'],
    tables: [
      MEETING_CASES,
      MEETING_REPORT_CASES,
      meetingFacilitatorCases(() => ({ meetingId: meetingOfA.id, facilitatorId: trackOfA.facilitator.id })),
      trackCrossTenantCases(() => trackOfA),
    ],
  },
} satisfies Record<string, { parts: Part[]; tables: Cases[] }>;

/** Every operation the matrix tries, once for each table it is in. */
export const matrixOperations = (): string[] => Object.values(MATRIX_FILES).flatMap((file) => file.tables.flatMap((cases) => Object.keys(cases)));

export interface Matrix {
  t: TestApp;
  world: World;
  /** The coordinator of network B, signed in. */
  outsider: GqlClient;
}

/**
 * The cases of one file of the matrix, each a test of the describe block it is called in; the app,
 * world and outsider are there once its beforeAll has run (hooks the file adds after it run later).
 */
export function crossTenantMatrix(file: keyof typeof MATRIX_FILES): Matrix {
  const { parts, tables } = MATRIX_FILES[file];
  const cases: Cases = Object.assign({}, ...tables);
  const m = {} as Matrix;
  beforeAll(async () => {
    m.t = await startTestApp();
    m.world = await buildCrossTenantWorld(m.t, parts);
    m.outsider = await signedIn(m.t, m.world.b.coordinator);
  });
  afterAll(() => m.t?.close());

  it.each(Object.keys(cases))('%s by a coordinator of another network reveals and changes nothing', async (operation) => {
    await cases[operation].attempt(m.outsider, m.world, m.t, visitWorld);
  });
  return m;
}
