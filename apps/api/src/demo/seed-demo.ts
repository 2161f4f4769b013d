import { PasswordService, tenantTransaction } from '@kijkje/api/core';
import { DEFAULT_THEMES, defaultFramework } from '@kijkje/domain';
import { findMunicipality } from '@kijkje/reference-data';
import type { DataSource, EntityManager } from 'typeorm';

export const DEMO_PASSWORD = 'Kijkje-demo-2026';

export const DEMO_LOGINS = [
  { email: 'beheer@kijkje.test', name: 'Bea Beheer', what: 'platformbeheerder / platform admin' },
  { email: 'coordinator@kijkje.test', name: 'Cor Coördinator', what: 'netwerkcoördinator in beide netwerken / coordinator in both networks' },
  { email: 'lid@kijkje.test', name: 'Lieke Lid', what: 'lid (Utrecht; Zwolle) / member' },
];

const NETWORKS = [
  {
    name: 'Netwerk Directeuren Sociaal Domein',
    slug: 'netwerk-directeuren-sociaal-domein',
    municipalities: ['GM0344', 'GM0193', 'GM0503', 'GM0772', 'GM0268', 'GM0363', 'GM0599', 'GM0014', 'GM0202', 'GM0935', 'GM0150'],
    member: 'GM0344',
    programme: 'Sturen met Kwaliteit 2026',
  },
  {
    name: 'Grip op het Sociaal Domein',
    slug: 'grip-op-het-sociaal-domein',
    municipalities: ['GM0193', 'GM0153', 'GM0080', 'GM0345', 'GM0796'],
    member: 'GM0193',
    programme: null,
  },
];

const REVIEW_QUESTIONS = [
  'Hoe houden wij grip op de kosten van de Wmo zonder de bedoeling uit het oog te verliezen?',
  'Hoe sturen wij samen met onze ketenpartners op de kwaliteit van de jeugdhulp?',
  'Welke informatie hebben wij echt nodig om bij te sturen in het sociaal domein?',
  'Hoe geven wij professionals ruimte en houden wij toch zicht op resultaten?',
];

/** An open programme of 10 places with eleven applications: ten accepted, one on the waitlist. */
async function seedProgramme(em: EntityManager, networkId: string, coordinatorId: string, name: string, organisationIds: string[]): Promise<void> {
  const themes = [...DEFAULT_THEMES];
  const [programme] = await em.query(
    `INSERT INTO programme (network_id, name, description, themes, framework, places, default_sharing, status, sign_up_opens_at, sign_up_closes_at, created_by)
     VALUES ($1, $2, $3, $4, $5, 10, 'NETWORK', 'OPEN', now() - interval '7 days', now() + interval '30 days', $6) RETURNING id`,
    [
      networkId,
      name,
      'Gemeenten geven elkaar een kijkje in de keuken: rondes van vier of vijf gemeenten bezoeken elkaar en oogsten wat ze leren.',
      JSON.stringify(themes),
      JSON.stringify(defaultFramework(themes)),
      coordinatorId,
    ],
  );
  for (const [i, organisationId] of organisationIds.entries()) {
    await em.query(
      `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, preferred_period, consent, status, submitted_at)
       VALUES ($1, $2, $3, $4, $5, 'voorjaar 2026', 'NETWORK', $6, now() - make_interval(hours => $7))`,
      [networkId, programme.id, organisationId, REVIEW_QUESTIONS[i % REVIEW_QUESTIONS.length], JSON.stringify([themes[i % 3], themes[3 + (i % 2)]]), i < 10 ? 'ACCEPTED' : 'WAITLISTED', 48 - i],
    );
  }
}

async function insertUser(em: EntityManager, email: string, name: string, hash: string, admin: boolean): Promise<string> {
  const [row] = await em.query(
    `INSERT INTO app_user (email, name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4) RETURNING id`,
    [email, name, hash, admin],
  );
  return row.id;
}

/** Seeds the demo networks once (idempotent: does nothing when the demo admin exists). Goes through RLS like the app. */
export async function seedDemo(ds: DataSource): Promise<boolean> {
  const [existing] = await ds.query(`SELECT 1 FROM app_user WHERE email = $1`, [DEMO_LOGINS[0].email]);
  if (existing) return false;
  const hash = await new PasswordService().hash(DEMO_PASSWORD);
  const ids = await ds.transaction(async (em) => ({
    admin: await insertUser(em, DEMO_LOGINS[0].email, DEMO_LOGINS[0].name, hash, true),
    coordinator: await insertUser(em, DEMO_LOGINS[1].email, DEMO_LOGINS[1].name, hash, false),
    member: await insertUser(em, DEMO_LOGINS[2].email, DEMO_LOGINS[2].name, hash, false),
  }));
  for (const spec of NETWORKS) {
    const [network] = await ds.query(`INSERT INTO network (name, slug, created_by) VALUES ($1, $2, $3) RETURNING id`, [spec.name, spec.slug, ids.admin]);
    await tenantTransaction(ds, { networkId: network.id, userId: ids.admin }, async (em) => {
      const orgIds = new Map<string, string>();
      for (const code of spec.municipalities) {
        const m = findMunicipality(code);
        if (!m) throw new Error(`demo municipality ${code} missing from reference data`);
        const [org] = await em.query(
          `INSERT INTO organisation (network_id, name, kind, cbs_code, province, population) VALUES ($1, $2, 'MUNICIPALITY', $3, $4, $5) RETURNING id`,
          [network.id, m.name, m.cbsCode, m.province, m.population],
        );
        orgIds.set(code, org.id);
      }
      await em.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, NULL, 'COORDINATOR')`, [network.id, ids.coordinator]);
      await em.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [network.id, ids.member, orgIds.get(spec.member)]);
      if (spec.programme) await seedProgramme(em, network.id, ids.coordinator, spec.programme, [...orgIds.values()]);
      await em.query(`INSERT INTO audit_event (network_id, actor_user_id, action) VALUES ($1, $2, 'demo.seeded')`, [network.id, ids.admin]);
    });
  }
  return true;
}
