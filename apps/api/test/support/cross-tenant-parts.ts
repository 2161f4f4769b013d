import { withAdmin } from './database';
import { firstPartsVersionContent, type HarvestWorld } from './harvest-world';
import type { TestApp } from './test-app';
import type { World } from './world';

/**
 * Network A's rows that the cross-tenant matrix (apps/api/test/cross-tenant) aims at besides those of
 * support/world, visit-world, harvest-world and track-world: written as the owner, so every file of
 * the matrix starts from a known place.
 */

/** Network A's harvests: a draft, one published for the network, one published publicly, one withdrawn. */
export interface HarvestsOfA {
  draft: string;
  network: string;
  public: string;
  publicSlug: string;
  withdrawn: string;
}
/** A shared action plan of one of network A's visits, with one action. */
export interface PlanOfA {
  visitId: string;
  actionId: string;
  findingId: string;
}
/** An open work meeting of network A with a table, a programme item, the member's registration and a yield card. */
export interface MeetingOfA {
  id: string;
  tableId: string;
  itemId: string;
  cardId: string;
  otherCardId: string;
}

/** The shared action plan, with an indicator value of the host, of the harvest world's visit in Utrecht. */
export function insertPlanOfA(t: TestApp, world: World, harvestWorld: HarvestWorld): Promise<PlanOfA> {
  return withAdmin(async (c) => {
    const visitId = harvestWorld.visits.Utrecht;
    const findingId = Object.values(harvestWorld.findings)[0];
    await c.query(`INSERT INTO action_plan (network_id, visit_id, status) VALUES ($1, $2, 'SHARED')`, [world.a.id, visitId]);
    await c.query(
      `INSERT INTO indicator_value (network_id, organisation_id, code, period, label, value, source)
       SELECT network_id, host_organisation_id, 'GEHEIM', '2024', 'Geheim cijfer van A', 4242, 'handmatig' FROM visit WHERE id = $1`,
      [visitId],
    );
    const a = await c.query(
      `INSERT INTO plan_action (network_id, visit_id, title, owner, finding_ids) VALUES ($1, $2, 'Geheime actie van A', 'Teamleider', ARRAY[$3::uuid]) RETURNING id`,
      [world.a.id, visitId, findingId],
    );
    return { visitId, actionId: a.rows[0].id, findingId };
  }, t.db.ownerUrl);
}

export function insertHarvestsOfA(t: TestApp, world: World, harvestWorld: HarvestWorld): Promise<HarvestsOfA> {
  return withAdmin(async (c) => {
    const insert = async (title: string, slug: string, visibility: string, published: boolean) => {
      const h = await c.query(
        `INSERT INTO harvest (network_id, programme_id, title, slug, visibility, narrative) VALUES ($1, $2, $3, $4, $5, 'Geheime oogst, alleen voor A') RETURNING id`,
        [world.a.id, harvestWorld.programmeId, title, slug, visibility],
      );
      if (published) {
        const content = firstPartsVersionContent({ title, network: world.a.name, programme: 'x', visibility });
        await c.query(`INSERT INTO harvest_version (network_id, harvest_id, number, title, slug, visibility, content) VALUES ($1, $2, 1, $3, $4, $5, $6)`, [
          world.a.id,
          h.rows[0].id,
          title,
          slug,
          visibility,
          content,
        ]);
        // What the API writes with a publication (publicServing): a row while the version is public.
        if (visibility === 'PUBLIC')
          await c.query(`INSERT INTO harvest_public (network_id, harvest_id, slug, number, state) VALUES ($1, $2, $3, 1, 'PUBLIC')`, [
            world.a.id,
            h.rows[0].id,
            slug,
          ]);
      }
      return h.rows[0].id as string;
    };
    return {
      draft: await insert('Concept van A', 'concept-van-a', 'PUBLIC', false),
      network: await insert('Geheime oogst', 'geheime-oogst', 'NETWORK', true),
      public: await insert('Openbare oogst', 'openbare-oogst', 'PUBLIC', true),
      publicSlug: 'openbare-oogst',
      withdrawn: await (async () => {
        const id = await insert('Ingetrokken oogst', 'ingetrokken-oogst', 'PUBLIC', true);
        await c.query(`INSERT INTO harvest_withdrawal (network_id, harvest_id, number, reason) VALUES ($1, $2, 1, 'Geheime reden van A')`, [world.a.id, id]);
        await c.query(`UPDATE harvest_public SET state = 'WITHDRAWN' WHERE harvest_id = $1`, [id]);
        return id;
      })(),
    };
  }, t.db.ownerUrl);
}

/** A notification of A's member, unread: the outsider can neither see nor mark it. */
export async function insertNotificationOfA(t: TestApp, world: World, visitId: string): Promise<void> {
  await withAdmin(
    (c) =>
      c.query(
        `INSERT INTO notification (network_id, recipient_id, kind, subject_type, subject_id, delivery) VALUES ($1, $2, 'FINDINGS_SHARED', 'visit', $3, 'SINGLE')`,
        [world.a.id, world.a.member.id, visitId],
      ),
    t.db.ownerUrl,
  );
}

/** Network A's identity provider (the outsider may neither see nor change it); its id. */
export async function insertProviderOfA(t: TestApp, world: World): Promise<string> {
  return (
    await withAdmin(
      (c) =>
        c.query(
          `INSERT INTO identity_provider (id, network_id, name, issuer, client_id, client_secret_encrypted, email_domains, organisation_id)
           VALUES (gen_random_uuid(), $1, 'Gemeente A', 'https://idp.a.example.nl', 'kijkje-a', 'v1.x.y.z', '["a-netwerk.example.nl"]', $2) RETURNING id`,
          [world.a.id, world.a.organisations[0].id],
        ),
      t.db.ownerUrl,
    )
  ).rows[0].id;
}

export function insertMeetingOfA(t: TestApp, world: World): Promise<MeetingOfA> {
  return withAdmin(async (c) => {
    const m = await c.query(
      `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status) VALUES ($1, 'Geheime bijeenkomst van A', now() + interval '1 day', now() + interval '25 hours', 20, 'OPEN') RETURNING id`,
      [world.a.id],
    );
    const id = m.rows[0].id;
    const table = await c.query(
      `INSERT INTO meeting_table (network_id, meeting_id, name, capacity, host_user_id) VALUES ($1, $2, 'Geheime tafel', 5, $3) RETURNING id`,
      [world.a.id, id, world.a.member.id],
    );
    const tableId = table.rows[0].id;
    const item = await c.query(`INSERT INTO meeting_item (network_id, meeting_id, at_time, talk) VALUES ($1, $2, '13:30', 'Opening') RETURNING id`, [
      world.a.id,
      id,
    ]);
    await c.query(`INSERT INTO meeting_registration (network_id, meeting_id, user_id, status, table_id) VALUES ($1, $2, $3, 'REGISTERED', $4)`, [
      world.a.id,
      id,
      world.a.member.id,
      tableId,
    ]);
    const card = (text: string, isYield: boolean) =>
      c.query(
        `INSERT INTO meeting_card (network_id, meeting_id, table_id, kind, text, author_id, is_yield) VALUES ($1, $2, $3, 'STRENGTH', $4, $5, $6) RETURNING id`,
        [world.a.id, id, tableId, text, world.a.member.id, isYield],
      );
    return {
      id,
      tableId,
      itemId: item.rows[0].id,
      cardId: (await card('Geheime opbrengst', true)).rows[0].id,
      otherCardId: (await card('Geheim kaartje', false)).rows[0].id,
    };
  }, t.db.ownerUrl);
}
