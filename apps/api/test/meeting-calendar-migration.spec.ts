import { DataSource, type QueryRunner } from 'typeorm';
import { MeetingCalendar1796256380000 } from '../src/database/migrations/1796256380000-meeting-calendar';
import { dataSourceOptions } from '../src/database/data-source';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * What people's calendars were sent of work meetings moves into one calendar and one record of
 * reminders per person and meeting (1796256380000): a registration's SEQUENCE (held while the place
 * is, at a meeting not cancelled), the facilitators' calendars, and every reminder; where a person
 * had both, the higher SEQUENCE, held if either was, and each reminder once. Going back gives each
 * role its own again.
 */
describe('the migration to one meeting calendar per person', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const migration = new MeetingCalendar1796256380000();
  const step = async (work: (q: QueryRunner) => Promise<void>) => {
    const q = ds.createQueryRunner();
    await q.startTransaction();
    try {
      await work(q);
      await q.commitTransaction();
    } catch (error) {
      await q.rollbackTransaction();
      throw error;
    } finally {
      await q.release();
    }
  };
  const rows = (sql: string) => ds.query(sql);

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource(dataSourceOptions(db.ownerUrl));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('keeps every calendar and reminder that was sent, one per person, and back', async () => {
    await step((q) => migration.down(q));
    const ids = await ds.query(`
      WITH n AS (INSERT INTO network (name, slug) VALUES ('Netwerk migratie', 'netwerk-migratie') RETURNING id),
           u AS (INSERT INTO app_user (email, name) SELECT 'migratie-' || x || '@test.kijkje.nl', 'Persoon ' || x FROM unnest(ARRAY['a','b','c','d','f','e']) AS x RETURNING id, name),
           m AS (INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status)
                 SELECT n.id, t, now() + interval '20 days', now() + interval '20 days 3 hours', 20, s FROM n, (VALUES ('Open', 'OPEN'), ('Geannuleerd', 'CANCELLED')) AS v (t, s)
                 RETURNING id, title)
      SELECT (SELECT id FROM n) AS network, (SELECT json_object_agg(name, id) FROM u) AS users, (SELECT json_object_agg(title, id) FROM m) AS meetings`);
    const [{ network, users, meetings }] = ids as { network: string; users: Record<string, string>; meetings: Record<string, string> }[];
    const user = (x: string) => users[`Persoon ${x}`];
    const registration = async (x: string, meeting: string, status: string, sequence: number | null) =>
      (
        await ds.query(
          `INSERT INTO meeting_registration (network_id, meeting_id, user_id, status, calendar_sequence) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [network, meetings[meeting], user(x), status, sequence],
        )
      )[0].id as string;
    const a = await registration('a', 'Open', 'REGISTERED', 3);
    await registration('b', 'Open', 'CANCELLED', 4);
    await registration('c', 'Open', 'WAITLISTED', null);
    await registration('d', 'Geannuleerd', 'REGISTERED', 5);
    const e = await registration('e', 'Open', 'REGISTERED', 3);
    for (const [x, sequence, inCalendar] of [
      ['f', 2, true],
      ['e', 6, false],
    ] as const) {
      await ds.query(`INSERT INTO meeting_facilitator (network_id, meeting_id, user_id) VALUES ($1, $2, $3)`, [network, meetings['Open'], user(x)]);
      await ds.query(`INSERT INTO meeting_facilitator_calendar (network_id, meeting_id, user_id, sequence, in_calendar) VALUES ($1, $2, $3, $4, $5)`, [
        network,
        meetings['Open'],
        user(x),
        sequence,
        inCalendar,
      ]);
    }
    const startsAt = new Date('2030-05-14T11:30:00Z');
    for (const [registrationId, stage] of [
      [a, 'WEEK_BEFORE'],
      [e, 'WEEK_BEFORE'],
    ])
      await ds.query(`INSERT INTO meeting_reminder (network_id, registration_id, starts_at, stage) VALUES ($1, $2, $3, $4)`, [
        network,
        registrationId,
        startsAt,
        stage,
      ]);
    for (const [x, stage] of [
      ['f', 'WEEK_BEFORE'],
      ['f', 'DAY_BEFORE'],
      ['e', 'WEEK_BEFORE'],
    ])
      await ds.query(`INSERT INTO meeting_facilitator_reminder (network_id, meeting_id, user_id, starts_at, stage) VALUES ($1, $2, $3, $4, $5)`, [
        network,
        meetings['Open'],
        user(x),
        startsAt,
        stage,
      ]);

    await step((q) => migration.up(q));
    const calendars = await rows(`SELECT u.name, m.title, c.sequence, c.in_calendar AS "inCalendar" FROM meeting_calendar c
      JOIN app_user u ON u.id = c.user_id JOIN meeting m ON m.id = c.meeting_id ORDER BY u.name`);
    expect(calendars).toEqual([
      { name: 'Persoon a', title: 'Open', sequence: 3, inCalendar: true },
      { name: 'Persoon b', title: 'Open', sequence: 4, inCalendar: false },
      { name: 'Persoon d', title: 'Geannuleerd', sequence: 5, inCalendar: false },
      { name: 'Persoon e', title: 'Open', sequence: 6, inCalendar: true },
      { name: 'Persoon f', title: 'Open', sequence: 2, inCalendar: true },
    ]);
    const reminders = await rows(`SELECT u.name, d.stage, d.starts_at AS "startsAt" FROM meeting_reminder d JOIN app_user u ON u.id = d.user_id
      WHERE d.meeting_id = '${meetings['Open']}' ORDER BY u.name, d.stage DESC`);
    expect(reminders).toEqual([
      { name: 'Persoon a', stage: 'WEEK_BEFORE', startsAt },
      { name: 'Persoon e', stage: 'WEEK_BEFORE', startsAt },
      { name: 'Persoon f', stage: 'WEEK_BEFORE', startsAt },
      { name: 'Persoon f', stage: 'DAY_BEFORE', startsAt },
    ]);
    // Nothing left of the tables per role; row-level security forced on all that stays and is new.
    expect(
      await rows(`SELECT relname, relforcerowsecurity AS forced FROM pg_class
                   WHERE relname IN ('meeting', 'meeting_registration', 'meeting_calendar', 'meeting_reminder', 'meeting_facilitator_calendar', 'meeting_facilitator_reminder')
                   ORDER BY relname`),
    ).toEqual(['meeting', 'meeting_calendar', 'meeting_registration', 'meeting_reminder'].map((relname) => ({ relname, forced: true })));
    expect(await rows(`SELECT 1 FROM information_schema.columns WHERE table_name = 'meeting_registration' AND column_name = 'calendar_sequence'`)).toEqual([]);

    // Back: each role has its own again.
    await step((q) => migration.down(q));
    expect(await rows(`SELECT u.name, r.calendar_sequence AS s FROM meeting_registration r JOIN app_user u ON u.id = r.user_id ORDER BY u.name`)).toEqual([
      { name: 'Persoon a', s: 3 },
      { name: 'Persoon b', s: 4 },
      { name: 'Persoon c', s: null },
      { name: 'Persoon d', s: 5 },
      { name: 'Persoon e', s: 6 },
    ]);
    expect(await rows(`SELECT u.name FROM meeting_facilitator_calendar c JOIN app_user u ON u.id = c.user_id ORDER BY u.name`)).toEqual([
      { name: 'Persoon e' },
      { name: 'Persoon f' },
    ]);
    expect(await rows(`SELECT count(*)::int AS n FROM meeting_reminder`)).toEqual([{ n: 2 }]);
    expect(await rows(`SELECT count(*)::int AS n FROM meeting_facilitator_reminder`)).toEqual([{ n: 2 }]);
    await step((q) => migration.up(q));
    expect(await rows(`SELECT count(*)::int AS n FROM meeting_reminder`)).toEqual([{ n: 4 }]);
  });
});
