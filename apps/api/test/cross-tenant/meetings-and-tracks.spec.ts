import { meetingReportFilesCheck } from '../support/cross-tenant-meetings';
import { meetingState } from '../support/cross-tenant-state';
import { portfoliosOfANotFound, trackState } from '../support/cross-tenant-tracks';
import { trackOfA } from '../support/cross-tenant-world';
import { crossTenantMatrix } from './matrix';

/**
 * SEC-03 (see ./matrix.ts): work meetings (tables, cards, live boards, reports, series, facilitators)
 * and learning tracks; network A's meetings and track stay exactly as they were.
 */
describe('cross-tenant matrix', () => {
  const m = crossTenantMatrix('meetings-and-tracks');
  let meetingStateBefore: unknown;
  let trackStateBefore: unknown;
  beforeAll(async () => {
    meetingStateBefore = await meetingState(m.t, m.world);
    trackStateBefore = await trackState(m.t, m.world.a.id);
  });

  it('leaves network A’s meeting, tables, registrations and cards exactly as they were after every meeting operation above', async () => {
    const { t, world } = m;
    expect(await meetingState(t, world)).toEqual(meetingStateBefore);
  });

  it('leaves network A’s learning track, its cohort, cases and feedback exactly as they were, and serves none of its portfolios or calendar files', async () => {
    const { t, world, outsider } = m;
    expect(await trackState(t, world.a.id)).toEqual(trackStateBefore);
    await portfoliosOfANotFound(t, outsider, trackOfA);
  });

  it('serves another network’s meeting reports to nobody: files and previews are not found; the public page only shows what is public', async () => {
    const { t, outsider } = m;
    await meetingReportFilesCheck(t, outsider);
  });
});
