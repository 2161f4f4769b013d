import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

const PLAN = `mutation($input: UpdateVisitPlanInput!) {
  updateVisitPlan(input: $input) { version startsOn startsAt endsAt agenda { startTime endTime topic } }
}`;
const READ = `query($id: ID!) { visit(id: $id) { version startsOn startsAt endsAt location } }`;

/** The world's visit back in PLANNED, without a day, time, place or agenda. */
async function freshVisit(t: TestApp, v: VisitWorld, startsOn: string | null = null): Promise<void> {
  await withAdmin(async (c) => {
    await c.query(
      `UPDATE visit SET status = 'PLANNED', starts_on = $2, starts_at = NULL, ends_at = NULL, calendar_sequence = 0, location = '', agenda = '[]', version = 1 WHERE id = $1`,
      [v.visitId, startsOn],
    );
  }, t.db.ownerUrl);
}

const sequenceOf = (t: TestApp, v: VisitWorld) =>
  withAdmin(async (c) => (await c.query(`SELECT calendar_sequence FROM visit WHERE id = $1`, [v.visitId])).rows[0].calendar_sequence as number, t.db.ownerUrl);

const item = (startTime: string, endTime: string, topic = 'Gesprek') => ({ startTime, endTime, topic, partners: [] });

describe('visit time: a day with a start and end in Dutch time, stored as instants', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let host: GqlClient;
  let coordinator: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    host = await signedIn(t, v.people.hostContact);
    coordinator = await signedIn(t, world.a.coordinator);
  });
  afterAll(() => t.close());
  beforeEach(() => freshVisit(t, v));

  const plan = (input: Record<string, unknown>) => host.gql(PLAN, { input: { visitId: v.visitId, version: 1, location: 'Stadhuis', agenda: [], ...input } });

  it('stores a winter visit as instants at +01:00 and shows them to everyone who reads the visit', async () => {
    const res = await plan({ startsOn: '2027-03-10', startTime: '09:30', endTime: '16:00', agenda: [item('13:00', '14:00'), item('09:30', '10:30')] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateVisitPlan).toMatchObject({ startsOn: '2027-03-10', startsAt: '2027-03-10T08:30:00.000Z', endsAt: '2027-03-10T15:00:00.000Z' });
    expect(res.data!.updateVisitPlan.agenda.map((a: { startTime: string }) => a.startTime)).toEqual(['09:30', '13:00']);
    const read = (await coordinator.ok(READ, { id: v.visitId })).visit;
    expect(read).toMatchObject({ startsAt: '2027-03-10T08:30:00.000Z', endsAt: '2027-03-10T15:00:00.000Z' });
  });

  it('refuses a start in the hour that does not exist on 28 March 2027, in Dutch and English, and changes nothing', async () => {
    const res = await plan({ startsOn: '2027-03-28', startTime: '02:30', endTime: '05:00' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors![0].extensions.fields!;
    expect(fields.map((f) => f.field)).toEqual(['startTime']);
    expect(fields[0].messages.nl).toContain('bestaat niet');
    expect(fields[0].messages.en).toContain('does not exist');
    expect((await host.ok(READ, { id: v.visitId })).visit).toMatchObject({ version: 1, startsOn: null, startsAt: null });
  });

  it('runs an evening visit across midnight into the repeated hour of 31 October 2027, counting real hours', async () => {
    const agenda = [item('20:00', '23:30'), item('00:30', '02:30'), item('23:30', '00:30')];
    const res = await plan({ startsOn: '2027-10-30', startTime: '20:00', endTime: '03:00', agenda });
    expect(res.errors).toBeUndefined();
    const visit = res.data!.updateVisitPlan;
    // 20:00 summer time (+02:00) to 03:00 winter time (+01:00): 7 hours on the clock, 8 real ones.
    expect(visit).toMatchObject({ startsAt: '2027-10-30T18:00:00.000Z', endsAt: '2027-10-31T02:00:00.000Z' });
    expect((Date.parse(visit.endsAt) - Date.parse(visit.startsAt)) / 3600_000).toBe(8);
    // In the order of the evening: after midnight comes last.
    expect(visit.agenda.map((a: { startTime: string }) => a.startTime)).toEqual(['20:00', '23:30', '00:30']);
  });

  it('refuses agenda items outside the visit, per item', async () => {
    const res = await plan({
      startsOn: '2027-03-10',
      startTime: '09:00',
      endTime: '12:00',
      agenda: [item('08:00', '09:30'), item('10:00', '11:00'), item('11:30', '12:30')],
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['agenda.0.startTime', 'agenda.2.endTime']);
  });

  it('refuses a new day in the past, but saves a plan whose past day stays the same', async () => {
    const past = await plan({ startsOn: '2026-01-05', startTime: '09:00', endTime: '12:00' });
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
    expect(past.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['startsOn']);
    const noTimes = await plan({ startsOn: '2026-01-05' });
    expect(codeOf(noTimes)).toBe('BAD_USER_INPUT');
    await freshVisit(t, v, '2026-01-05');
    const same = await plan({ startsOn: '2026-01-05', location: 'Stadhuis, zaal 3' });
    expect(same.errors).toBeUndefined();
  });

  it('refuses times without a day, or a start without an end', async () => {
    const res = await plan({ startTime: '09:00', endTime: '12:00' });
    expect(res.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['startsOn']);
    const half = await plan({ startsOn: '2027-03-10', startTime: '09:00' });
    expect(half.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['endTime']);
  });

  it('moves the calendar sequence on when day, time or place change, not when only the agenda does', async () => {
    await host.ok(PLAN, {
      input: { visitId: v.visitId, version: 1, startsOn: '2027-03-10', startTime: '09:00', endTime: '12:00', location: 'Stadhuis', agenda: [] },
    });
    expect(await sequenceOf(t, v)).toBe(1);
    await host.ok(PLAN, {
      input: {
        visitId: v.visitId,
        version: 2,
        startsOn: '2027-03-10',
        startTime: '09:00',
        endTime: '12:00',
        location: 'Stadhuis',
        agenda: [item('09:00', '10:00')],
      },
    });
    expect(await sequenceOf(t, v)).toBe(1);
    await host.ok(PLAN, {
      input: { visitId: v.visitId, version: 3, startsOn: '2027-03-10', startTime: '10:00', endTime: '12:00', location: 'Stadhuis', agenda: [] },
    });
    expect(await sequenceOf(t, v)).toBe(2);
  });
});
