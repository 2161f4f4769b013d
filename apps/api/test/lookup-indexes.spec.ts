import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * The lookups the read paths make from a parent to its rows, each with where it is made. Each must
 * be answerable from an index that holds all its columns: without one PostgreSQL reads every row of
 * the network and filters (a network of the M dataset has 10,000 visits and 500,000 findings). A
 * partial index does not count: the follow-up conversations made the only index on a round's
 * visits partial (reviews only), and the round dashboard, the programme page and "Mijn taken" became
 * several times slower without a test noticing.
 */
const LOOKUPS: { table: string; columns: string[]; where: string }[] = [
  { table: 'round', columns: ['network_id', 'programme_id'], where: 'a programme page, its rounds' },
  { table: 'visit', columns: ['network_id', 'round_id'], where: 'round dashboard, programme page, Mijn taken' },
  { table: 'visit', columns: ['network_id', 'host_organisation_id'], where: 'a host’s progress reviews, timeline' },
  { table: 'visit_reviewer', columns: ['network_id', 'visit_id'], where: 'a visit’s team' },
  { table: 'visit_reviewer', columns: ['network_id', 'user_id'], where: 'my visits, Mijn taken' },
  { table: 'finding', columns: ['network_id', 'visit_id'], where: 'findings board, counts per visit' },
  { table: 'host_response', columns: ['network_id', 'finding_id'], where: 'findings board, the host’s replies' },
  { table: 'finding_comment', columns: ['network_id', 'finding_id'], where: 'findings board, discussion' },
  { table: 'application', columns: ['network_id', 'programme_id'], where: 'programme page, applications' },
  { table: 'application', columns: ['network_id', 'organisation_id'], where: 'an organisation’s applications, evaluations in Mijn taken' },
  { table: 'membership', columns: ['network_id', 'organisation_id'], where: 'the people of a host organisation (progress board, mails)' },
  { table: 'round_member', columns: ['network_id', 'round_id'], where: 'a round’s municipalities' },
  { table: 'round_member', columns: ['network_id', 'application_id'], where: 'an application’s round' },
  { table: 'visit_report', columns: ['network_id', 'visit_id'], where: 'a visit’s report' },
  { table: 'plan_action', columns: ['network_id', 'visit_id'], where: 'an action plan' },
  { table: 'progress_review', columns: ['network_id', 'visit_id'], where: 'progress reviews' },
  { table: 'round_evaluation', columns: ['network_id', 'round_id'], where: 'a round’s evaluation' },
  { table: 'harvest', columns: ['network_id', 'programme_id'], where: 'a programme’s harvest' },
  { table: 'harvest_version', columns: ['network_id', 'harvest_id'], where: 'a harvest’s versions' },
  { table: 'meeting_item', columns: ['network_id', 'meeting_id'], where: 'a meeting’s programme' },
  { table: 'meeting_table', columns: ['network_id', 'meeting_id'], where: 'a meeting’s theme tables' },
  { table: 'meeting_registration', columns: ['network_id', 'meeting_id'], where: 'a meeting’s registrations' },
  { table: 'meeting_card', columns: ['network_id', 'table_id'], where: 'a theme table’s cards' },
  { table: 'meeting_card', columns: ['network_id', 'meeting_id'], where: 'the plenary view, a meeting’s cards' },
  { table: 'track_session', columns: ['network_id', 'track_id'], where: 'a track’s schedule' },
  { table: 'track_participant', columns: ['network_id', 'track_id'], where: 'a track’s cohort' },
  { table: 'track_case_entry', columns: ['network_id', 'participant_id'], where: 'a case log' },
  { table: 'track_feedback', columns: ['network_id', 'participant_id'], where: 'feedback on a case' },
];

/** The full (not partial) indexes of the table whose leading columns are exactly `columns`, in any order. */
const INDEXES_LED_BY = `
  SELECT ic.relname AS name
    FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
   WHERE i.indrelid = $1::regclass AND i.indpred IS NULL AND i.indisvalid
     AND (SELECT array_agg(a.attname::text ORDER BY a.attname) FROM pg_attribute a
           WHERE a.attrelid = i.indrelid AND a.attnum = ANY ((i.indkey::int2[])[0:cardinality($2::text[]) - 1]))
         = (SELECT array_agg(x ORDER BY x) FROM unnest($2::text[]) x)`;

/**
 * Figures counted per parent from the index alone (an index-only scan), each with the columns the
 * count and the table's row-level policies read. A visit's progress figures are on every round
 * dashboard, findings board, programme progress board and "Mijn taken": without them in the index,
 * PostgreSQL fetches every finding of every visit to count it (about two thirds of the round
 * dashboard's statement on the M dataset).
 */
const COUNTED: { table: string; columns: string[]; reads: string[]; where: string }[] = [
  {
    table: 'finding',
    columns: ['network_id', 'visit_id'],
    reads: ['status', 'released_for_harvest', 'author_id'],
    where: 'a visit’s progress figures (findingFiguresOf, findingCountsByVisit; drafts by author in Mijn taken)',
  },
];

/** The indexes of a table led by these columns that also hold (as key or included column) all of `reads`. */
const COVERING = `${INDEXES_LED_BY}
     AND (SELECT array_agg(a.attname::text) FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])) @> $3::text[]`;

describe('every parent-to-rows lookup of the read paths has an index of its own, and figures counted per parent come from an index alone', () => {
  let db: TestDatabase;
  let c: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    c = new Client({ connectionString: db.ownerUrl });
    await c.connect();
  });
  afterAll(async () => {
    await c?.end();
    await db?.drop();
  });

  it.each(LOOKUPS)('$table by ($columns) ($where)', async ({ table, columns }) => {
    const { rows } = await c.query<{ name: string }>(INDEXES_LED_BY, [table, columns]);
    // Named on failure: the lookup that lacks its index.
    expect({ table, columns, indexes: rows.map((r) => r.name) }).toEqual({ table, columns, indexes: expect.arrayContaining([expect.any(String)]) });
  });

  it.each(COUNTED)('$table by ($columns), reading $reads ($where)', async ({ table, columns, reads }) => {
    const { rows } = await c.query<{ name: string }>(COVERING, [table, columns, reads]);
    expect({ table, columns, reads, indexes: rows.map((r) => r.name) }).toEqual({
      table,
      columns,
      reads,
      indexes: expect.arrayContaining([expect.any(String)]),
    });
  });

  it('the policies of finding read no column beyond those (else the count would fetch rows again)', async () => {
    // The columns the policies' expressions refer to, from their parsed trees (VAR nodes of the table).
    const { rows } = await c.query<{ name: string }>(
      `SELECT DISTINCT a.attname AS name
         FROM pg_policy p, regexp_matches(p.polqual::text, ':varattno (\\d+)', 'g') AS m
         JOIN pg_attribute a ON a.attrelid = 'finding'::regclass AND a.attnum = m[1]::int2
        WHERE p.polrelid = 'finding'::regclass`,
    );
    const read = new Set(rows.map((r) => r.name));
    expect([...read].sort()).toEqual(['author_id', 'network_id', 'status']);
  });
});
