import { MATRIX_ROLES, type MatrixRole } from '@kijkje/domain';
import request from 'supertest';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { buildHarvestWorld, type HarvestWorld } from './support/harvest-world';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

const MARK = `mutation($input: MarkSystemIssueInput!) { markSystemIssue(input: $input) { id systemIssue version canMarkSystemIssue } }`;
const FINDING = `query($id: ID!) { finding(id: $id) { id systemIssue canMarkSystemIssue version } }`;
const CREATE = `mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { id slug version } }`;
const SIGNALS = `query($id: ID!) { harvestSystemSignals(harvestId: $id) { theme category count suppression { code nl } texts } }`;

/**
 * Systeemsignalen against the real endpoint and database: the review team marks findings, the
 * harvest counts the released ones per theme and category under the small-group rule, anonymised,
 * and exports them as CSV under the same rules as the other downloads.
 */
describe('system issues (systeemsignalen)', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let h: HarvestWorld;
  const as = new Map<MatrixRole, GqlClient>();
  const finding = (status: string, released: boolean) => v.findings.find((f) => f.status === status && f.released === released)!.id;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    h = await buildHarvestWorld(t, world);
    for (const role of Object.keys(MATRIX_ROLES) as MatrixRole[]) {
      as.set(role, await signedIn(t, role === 'coordinator' ? world.a.coordinator : role === 'otherNetwork' ? world.b.coordinator : v.people[role]));
    }
  });
  afterAll(() => t.close());

  it('lets the review team mark a finding, with a category, and take the mark off; a stale version is a conflict', async () => {
    const id = finding('SHARED', true);
    expect((await as.get('lead')!.ok(FINDING, { id })).finding).toMatchObject({ systemIssue: null, canMarkSystemIssue: true, version: 1 });
    expect((await as.get('hostContact')!.ok(FINDING, { id })).finding.canMarkSystemIssue).toBe(false);
    const marked = (await as.get('lead')!.ok(MARK, { input: { findingId: id, category: 'FUNDING', version: 1 } })).markSystemIssue;
    expect(marked).toMatchObject({ systemIssue: 'FUNDING', version: 2 });
    expect(codeOf(await as.get('otherReviewer')!.gql(MARK, { input: { findingId: id, category: 'LAW', version: 1 } }))).toBe('CONFLICT');
    expect((await as.get('otherReviewer')!.ok(MARK, { input: { findingId: id, category: null, version: 2 } })).markSystemIssue.systemIssue).toBeNull();
    // The author marks their own draft; nobody else reads it yet.
    const draft = finding('DRAFT', false);
    expect((await as.get('author')!.ok(MARK, { input: { findingId: draft, category: 'LAW', version: 1 } })).markSystemIssue.systemIssue).toBe('LAW');
    expect(codeOf(await as.get('lead')!.gql(MARK, { input: { findingId: draft, category: 'OTHER', version: 2 } }))).toBe('NOT_FOUND');
    const audit = await withAdmin(
      (c) => c.query(`SELECT action, data FROM audit_event WHERE target_id = $1 AND action LIKE 'finding.system_issue%' ORDER BY created_at`, [id]),
      t.db.ownerUrl,
    );
    expect(audit.rows.map((r: { action: string; data: { category: string | null } }) => [r.action, r.data.category])).toEqual([
      ['finding.system_issue_marked', 'FUNDING'],
      ['finding.system_issue_cleared', null],
    ]);
  });

  it('refuses the host, the coordinator, outsiders and other networks, and bad input, changing nothing', async () => {
    const id = finding('FINAL', true);
    const input = { findingId: id, category: 'LAW', version: 1 };
    expect(codeOf(await as.get('hostContact')!.gql(MARK, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await as.get('coordinator')!.gql(MARK, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await as.get('otherRoundMember')!.gql(MARK, { input }))).toBe('NOT_FOUND');
    expect(codeOf(await as.get('networkMember')!.gql(MARK, { input }))).toBe('NOT_FOUND');
    expect(codeOf(await as.get('otherNetwork')!.gql(MARK, { input }))).toBe('NOT_FOUND');
    expect((await as.get('lead')!.gql(MARK, { input: { ...input, category: 'WET' } })).errors).toBeDefined();
    expect(codeOf(await as.get('lead')!.gql(MARK, { input: { ...input, findingId: 'niet-een-id' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as.get('lead')!.gql(MARK, { input: { ...input, version: 0 } }))).toBe('BAD_USER_INPUT');
    expect((await as.get('lead')!.ok(FINDING, { id })).finding).toMatchObject({ systemIssue: null, version: 1 });
  });

  it('counts released signals per theme and category in the harvest, anonymised, and hides small groups', async () => {
    await withAdmin(async (c) => {
      const mark = (key: string, category: string) => c.query(`UPDATE finding SET system_issue = $2 WHERE id = $1`, [h.findings[key] ?? key, category]);
      for (const key of ['utrechtWachtlijst', 'zwolleWachtlijst', 'deventerWachtlijst']) await mark(key, 'LAW');
      for (const key of ['zwolleJeugd', 'deventerEigen', 'bossche']) await mark(key, 'FUNDING');
      await mark(h.withheld, 'LAW');
    }, t.db.ownerUrl);
    const coordinator = as.get('coordinator')!;
    const { createHarvest } = await coordinator.ok(CREATE, { input: { programmeId: h.programmeId, title: 'Oogst met signalen', visibility: 'NETWORK' } });
    const rows = (await coordinator.ok(SIGNALS, { id: createHarvest.id })).harvestSystemSignals;
    expect(rows.map((r: { theme: string; category: string; count: number | null }) => [r.theme, r.category, r.count])).toEqual([
      ['Jeugd', 'FUNDING', 3],
      ['Wmo', 'LAW', 3],
    ]);
    const all = JSON.stringify(rows);
    for (const name of ['Utrecht', 'Zwolle', 'Deventer', 'Jan de Vries', '06-12345678', 'vertrouwelijke']) expect(all).not.toContain(name);

    // One municipality alone under a theme and category is hidden, and the smallest other group with it.
    await withAdmin((c) => c.query(`UPDATE finding SET system_issue = 'NATIONAL_PARTIES' WHERE id = $1`, [h.findings['utrechtToegang']]), t.db.ownerUrl);
    const hidden = (await coordinator.ok(SIGNALS, { id: createHarvest.id })).harvestSystemSignals;
    const lone = hidden.find((r: { category: string }) => r.category === 'NATIONAL_PARTIES');
    expect(lone).toMatchObject({ count: null, texts: [], suppression: { code: 'SMALL_GROUP' } });

    // The CSV: for the coordinator with a session; a member reads it only of a published version; nothing without a session.
    const csv = await request(t.http).get(`/export/systeemsignalen/${createHarvest.id}`).set('cookie', coordinator.cookie!);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('systeemsignalen.csv');
    expect(csv.text).toContain('thema;categorie;aantal;toelichting');
    for (const name of ['Utrecht', 'Jan de Vries']) expect(csv.text).not.toContain(name);
    expect((await request(t.http).get(`/export/systeemsignalen/${createHarvest.id}`)).status).toBe(401);
    expect((await request(t.http).get(`/export/systeemsignalen/${createHarvest.id}`).set('cookie', as.get('networkMember')!.cookie!)).status).toBe(404);
    expect((await request(t.http).get(`/export/systeemsignalen/${createHarvest.id}`).set('cookie', as.get('otherNetwork')!.cookie!)).status).toBe(404);
    expect((await request(t.http).get(`/export/systeemsignalen/niet-een-id`).set('cookie', coordinator.cookie!)).status).not.toBe(200);
    expect(codeOf(await as.get('otherNetwork')!.gql(SIGNALS, { id: createHarvest.id }))).toBe('NOT_FOUND');
    const exported = await withAdmin(
      (c) => c.query(`SELECT data FROM audit_event WHERE action = 'harvest.exported' AND target_id = $1`, [createHarvest.id]),
      t.db.ownerUrl,
    );
    expect(exported.rows.map((r: { data: { format: string } }) => r.data.format)).toEqual(['csv']);
  });
});
