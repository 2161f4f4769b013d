import { PasswordService, tenantTransaction } from '@kijkje/api/core';
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
  },
  {
    name: 'Grip op het Sociaal Domein',
    slug: 'grip-op-het-sociaal-domein',
    municipalities: ['GM0193', 'GM0153', 'GM0080', 'GM0345', 'GM0796'],
    member: 'GM0193',
  },
];

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
      await em.query(`INSERT INTO audit_event (network_id, actor_user_id, action) VALUES ($1, $2, 'demo.seeded')`, [network.id, ids.admin]);
    });
  }
  return true;
}
