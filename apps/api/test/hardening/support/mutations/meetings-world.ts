import { withAdmin } from '../../../support/database';
import type { TestApp } from '../../../support/test-app';
import type { Person } from '../../../support/world';
import type { StateProbe } from '../state';
import { personIn } from '../people';

/** An open meeting of network A with a table hosted by the host, a participant seated there, a programme item and two cards. */
export interface MeetingsWorld {
  probe: StateProbe;
  networkId: string;
  organisationId: string;
  coordinator: Person;
  host: Person;
  participant: Person;
  meetingId: string;
  tableId: string;
  itemId: string;
  cards: string[];
  /** A held meeting with the report's draft (a word to decide in it), and the next meeting of its series at another host. */
  heldMeetingId: string;
  nextMeetingId: string;
  /** A meeting whose report is published publicly (version 1), for withdrawing. */
  publishedMeetingId: string;
}

export async function buildMeetingsWorld(
  t: TestApp,
  probe: StateProbe,
  networkId: string,
  organisationId: string,
  coordinator: Person,
): Promise<MeetingsWorld> {
  return withAdmin(async (c) => {
    const host = await personIn(c, networkId, organisationId, 'tafelvoorzitter');
    const participant = await personIn(c, networkId, organisationId, 'deelnemer');
    const m = await c.query(
      `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status) VALUES ($1, 'Werkbijeenkomst', now() + interval '30 days', now() + interval '30 days 3 hours', 50, 'OPEN') RETURNING id`,
      [networkId],
    );
    const meetingId = m.rows[0].id;
    const table = await c.query(
      `INSERT INTO meeting_table (network_id, meeting_id, name, capacity, host_user_id) VALUES ($1, $2, 'Wmo & Jeugd', 20, $3) RETURNING id`,
      [networkId, meetingId, host.id],
    );
    const tableId = table.rows[0].id;
    const item = await c.query(`INSERT INTO meeting_item (network_id, meeting_id, at_time, talk) VALUES ($1, $2, '13:30', 'Opening') RETURNING id`, [
      networkId,
      meetingId,
    ]);
    await c.query(`INSERT INTO meeting_registration (network_id, meeting_id, user_id, status, table_id) VALUES ($1, $2, $3, 'REGISTERED', $4)`, [
      networkId,
      meetingId,
      participant.id,
      tableId,
    ]);
    const cards: string[] = [];
    for (const text of ['Korte lijnen.', 'Korte lijnen!'])
      cards.push(
        (
          await c.query(
            `INSERT INTO meeting_card (network_id, meeting_id, table_id, kind, text, author_id) VALUES ($1, $2, $3, 'STRENGTH', $4, $5) RETURNING id`,
            [networkId, meetingId, tableId, text, participant.id],
          )
        ).rows[0].id,
      );
    const other = (await c.query(`SELECT id FROM organisation WHERE network_id = $1 AND id <> $2 LIMIT 1`, [networkId, organisationId])).rows[0].id;
    const meeting = async (status: string, days: number, host: string) =>
      (
        await c.query(
          `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status, host_organisation_id)
           VALUES ($1, 'Werkbijeenkomst', now() + make_interval(days => $3), now() + make_interval(days => $3, hours => 3), 50, $2, $4) RETURNING id`,
          [networkId, status, days, host],
        )
      ).rows[0].id as string;
    const heldMeetingId = await meeting('HELD', -2, organisationId);
    const nextMeetingId = await meeting('OPEN', 60, other);
    const publishedMeetingId = await meeting('REPORT_PUBLISHED', -30, organisationId);
    for (const [id, slug] of [
      [heldMeetingId, 'verslag-gehouden'],
      [publishedMeetingId, 'verslag-openbaar'],
    ])
      await c.query(
        `INSERT INTO meeting_report (network_id, meeting_id, slug, text, visibility) VALUES ($1, $2, $3, '## Wmo\n\nHet gesprek met Pietersen hielp.', 'PUBLIC')`,
        [networkId, id, slug],
      );
    await c.query(
      `INSERT INTO meeting_report_version (network_id, meeting_id, number, slug, visibility, content) VALUES ($1, $2, 1, 'verslag-openbaar', 'PUBLIC', '{"text": "Openbaar."}')`,
      [networkId, publishedMeetingId],
    );
    await c.query(`INSERT INTO meeting_report_public (network_id, meeting_id, slug, number, state) VALUES ($1, $2, 'verslag-openbaar', 1, 'PUBLIC')`, [
      networkId,
      publishedMeetingId,
    ]);
    return {
      probe,
      networkId,
      organisationId,
      coordinator,
      host,
      participant,
      meetingId,
      tableId,
      itemId: item.rows[0].id,
      cards,
      heldMeetingId,
      nextMeetingId,
      publishedMeetingId,
    };
  }, t.db.ownerUrl);
}
