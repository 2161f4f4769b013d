import type { MeetingQuestionKind } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/** The session held with theme tables, its track's facilitator, and the cohort by feedback group (user ids; the first of each group hosts its table). */
export interface DemoTrackTables {
  sessionId: string;
  facilitator: string;
  groups: [name: string, members: string[]][];
}

/**
 * The cards at each group's table, on the three questions (wat gaat goed, waar maak je je zorgen
 * om, wat zie je als je eigen verantwoordelijkheid): group, question, text, by which member of the
 * group, whether the table host marked it as the table's yield. Short, and naming nobody.
 */
const CARDS: [group: number, kind: MeetingQuestionKind, text: string, author: number, yieldOfTable: boolean][] = [
  [0, 'STRENGTH', 'Verhalen van inwoners naast de cijfers leggen opent het gesprek met de raad.', 0, true],
  [0, 'CONCERN', 'De raad vraagt cijfers die we nog niet hebben.', 1, false],
  [0, 'OWN_RESPONSIBILITY', 'Zelf het gesprek met de controller aangaan, niet wachten op de begroting.', 2, false],
  [1, 'STRENGTH', 'De ketenpartners zitten voor het eerst samen aan tafel.', 0, false],
  [1, 'CONCERN', 'Niemand voelt zich eigenaar van de gezamenlijke afspraken.', 1, true],
  [1, 'OWN_RESPONSIBILITY', 'Eén gezamenlijke stip aan de horizon voorstellen en zelf als eerste tekenen.', 2, false],
];

/**
 * A past session of the learning track held with theme tables, as the product would have left it
 * (holdTrackSessionWithTables, seating by feedback group, the cards and the yields): a week before
 * the session the facilitator held it with tables, one per feedback group, named after the group
 * and hosted by one of its members; the cohort had its places and sat at their group's table; during
 * the session each table posted a few cards on the three questions and its host marked a yield.
 * The meeting has the session's title, time and place, and is HELD: its report is not written, so
 * nothing of it is public or counts in a harvest (the track's alone, and never would).
 */
export async function seedDemoTrackTables(em: EntityManager, networkId: string, d: DemoTrackTables): Promise<void> {
  // As insertSessionMeeting: the session's fields, as many places as the track has.
  const [meeting] = await em.query(
    `INSERT INTO meeting (network_id, title, starts_at, ends_at, place, capacity, status, created_by, track_session_id, version, created_at, updated_at)
     SELECT s.network_id, s.title, s.starts_at, s.ends_at, s.place, t.capacity, 'HELD', $3, s.id, 3, s.starts_at - interval '7 days', s.ends_at + interval '10 minutes'
       FROM track_session s JOIN track t ON t.network_id = s.network_id AND t.id = s.track_id
      WHERE s.network_id = $1 AND s.id = $2 RETURNING id, starts_at AS "startsAt", created_at AS "createdAt"`,
    [networkId, d.sessionId, d.facilitator],
  );
  const tables: string[] = [];
  for (const [position, [name, members]] of d.groups.entries()) {
    const [table] = await em.query(
      `INSERT INTO meeting_table (network_id, meeting_id, name, host_user_id, capacity, position, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [networkId, meeting.id, name, members[0], members.length + 1, position + 1, meeting.createdAt],
    );
    tables.push(table.id);
  }
  // The cohort's places came with the meeting; the facilitator seated them by feedback group the day after.
  for (const [group, [, members]] of d.groups.entries())
    for (const userId of members)
      await em.query(
        `INSERT INTO meeting_registration (network_id, meeting_id, user_id, status, table_id, registered_at, updated_at)
         VALUES ($1, $2, $3, 'REGISTERED', $4, $5, $5::timestamptz + interval '1 day')`,
        [networkId, meeting.id, userId, tables[group], meeting.createdAt],
      );
  // The cards from an hour into the session, a few minutes apart; the yields marked before the plenary.
  for (const [i, [group, kind, text, author, yieldOfTable]] of CARDS.entries())
    await em.query(
      `INSERT INTO meeting_card (network_id, meeting_id, table_id, kind, text, author_id, is_yield, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz + make_interval(mins => 60 + 7 * $9), $8::timestamptz + interval '2 hours 30 minutes')`,
      [networkId, meeting.id, tables[group], kind, text, d.groups[group][1][author], yieldOfTable, meeting.startsAt, i],
    );
}
