import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enterScope } from '@kijkje/api/core';
import { MATRIX_ROLES, type MatrixRole } from '@kijkje/domain';
import { DataSource } from 'typeorm';
import { indicatorAggregates } from '@kijkje/api/harvests';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

const VIEW = `visitId organisationName visitDay canRead canWrite values { code label period value unit source version } pairs { code label unit then { period value } now { period value } change }`;
const READ = `query($id: ID!) { indicators(visitId: $id) { ${VIEW} } }`;
const SAVE = `mutation($input: SaveIndicatorValueInput!) { saveIndicatorValue(input: $input) { ${VIEW} } }`;
const REMOVE = `mutation($input: IndicatorKeyInput!) { removeIndicatorValue(input: $input) { values { code period version } } }`;
const IMPORT = `mutation($input: ImportIndicatorsInput!) { importIndicators(input: $input) { added updated skipped errors { line field nl en } indicators { values { code period value } } } }`;

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

/**
 * Indicators (cijfers) of a visit's host organisation against the real endpoint and database: CSV
 * exports of CBS StatLine and waarstaatjegemeente.nl, hand entry with versions, then vs now, and who
 * enters and reads them (indicatorRights).
 */
describe('indicators (cijfers)', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  const as = new Map<MatrixRole, GqlClient>();
  const host = () => as.get('hostContact')!;
  const values = async () => (await host().ok(READ, { id: v.visitId })).indicators.values as { code: string; period: string; value: number; version: number }[];

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    for (const role of Object.keys(MATRIX_ROLES) as MatrixRole[]) {
      as.set(role, await signedIn(t, role === 'coordinator' ? world.a.coordinator : role === 'otherNetwork' ? world.b.coordinator : v.people[role]));
    }
    await withAdmin(async (c) => {
      await c.query(`UPDATE visit SET status = 'REPORT_FINAL', starts_on = '2024-06-01', starts_at = NULL, ends_at = NULL WHERE id = $1`, [v.visitId]);
      await c.query(`INSERT INTO visit_report (network_id, visit_id, summary, sharing) VALUES ($1, $2, 'Samenvatting', 'TEAM')`, [world.a.id, v.visitId]);
      await c.query(`INSERT INTO action_plan (network_id, visit_id, status) VALUES ($1, $2, 'SHARED')`, [world.a.id, v.visitId]);
    }, t.db.ownerUrl);
  });
  afterAll(() => t.close());

  it('imports a CBS StatLine export (semicolons, BOM, quotes, decimal comma, StatLine periods) and pairs then with now', async () => {
    const res = (await host().ok(IMPORT, { input: { visitId: v.visitId, csv: fixture('indicators-statline.csv') } })).importIndicators;
    expect([res.added, res.updated, res.skipped, res.errors]).toEqual([3, 0, 1, []]);
    const seen = (await host().ok(READ, { id: v.visitId })).indicators;
    expect(seen).toMatchObject({ organisationName: 'Gastgemeente', visitDay: '2024-06-01', canWrite: true });
    expect(seen.pairs).toEqual([
      { code: 'JZ_TRAJ', label: 'Jongeren met jeugdzorg', unit: '%', then: { period: '2023', value: 10.5 }, now: { period: '2025', value: 9.8 }, change: -0.7 },
      { code: 'WMO_CL', label: 'Wmo-cliënten per 1.000 inwoners', unit: 'aantal', then: { period: '2024-Q1', value: 1234.5 }, now: null, change: null },
    ]);
  });

  it('imports a waarstaatjegemeente.nl export (commas, names of municipalities) for the coordinator too, and a second import updates', async () => {
    const csv = fixture('indicators-waarstaatjegemeente.csv');
    const first = (await as.get('coordinator')!.ok(IMPORT, { input: { visitId: v.visitId, csv } })).importIndicators;
    expect([first.added, first.updated, first.errors]).toEqual([2, 0, []]);
    const again = (await host().ok(IMPORT, { input: { visitId: v.visitId, csv } })).importIndicators;
    expect([again.added, again.updated]).toEqual([0, 2]);
    expect((await values()).filter((x) => x.code === 'WSJG_BIJST').map((x) => [x.period, x.value, x.version])).toEqual([
      ['2022', 41.2, 2],
      ['2026', 38, 2],
    ]);
  });

  it('refuses the whole file when a row fails, naming each line, and rows about other municipalities', async () => {
    const before = await values();
    const csv = [
      'gemeentecode;code;perioden;waarde',
      'GM0910;A1;2024;1,5',
      'GM0344;A1;2024;2',
      'GM0363;A1;2024;3',
      'GM0910;A1;2024-13;veel',
      'GM0910;A1;2024;4',
    ].join('\n');
    const res = (await host().ok(IMPORT, { input: { visitId: v.visitId, csv } })).importIndicators;
    expect([res.added, res.updated]).toEqual([0, 0]);
    expect(res.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [3, 'organisation'],
      [4, 'organisation'],
      [5, 'period'],
      [5, 'value'],
      [6, 'period'],
    ]);
    expect(res.errors[0].nl).toContain('niet de gekozen gemeente');
    expect(res.errors[1].en).toContain('not a municipality of this network');
    expect(await values()).toEqual(before);
    const missing = (await host().ok(IMPORT, { input: { visitId: v.visitId, csv: 'gemeente;jaar\nGM0910;2024' } })).importIndicators;
    expect(missing.errors).toEqual([expect.objectContaining({ line: 0, field: 'csv' })]);
  });

  it('enters a figure by hand, never over a newer version, and removes it', async () => {
    const input = {
      visitId: v.visitId,
      code: 'EIGEN',
      label: 'Eigen telling',
      period: '2024KW02',
      value: '12,5',
      unit: 'weken',
      source: 'handmatig',
      version: 0,
    };
    const saved = (await host().ok(SAVE, { input })).saveIndicatorValue;
    expect(saved.values.find((x: { code: string }) => x.code === 'EIGEN')).toMatchObject({ period: '2024-Q2', value: 12.5, version: 1 });
    expect(codeOf(await host().gql(SAVE, { input }))).toBe('CONFLICT');
    await host().ok(SAVE, { input: { ...input, value: '11', version: 1 } });
    const bad = await host().gql(SAVE, { input: { ...input, code: 'a b', period: '2024Q9', value: 'veel', version: 2 } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.fields!.map((f: { field: string }) => f.field)).toEqual(['code', 'period', 'value']);
    expect(codeOf(await host().gql(REMOVE, { input: { visitId: v.visitId, code: 'EIGEN', period: '2024-Q2', version: 1 } }))).toBe('CONFLICT');
    await host().ok(REMOVE, { input: { visitId: v.visitId, code: 'EIGEN', period: '2024-Q2', version: 2 } });
    expect((await values()).some((x) => x.code === 'EIGEN')).toBe(false);
  });

  it('lets the host and coordinator enter figures, the plan’s readers read them, others who see the visit get none, and the rest nothing', async () => {
    const input = { visitId: v.visitId, code: 'X', label: 'X', period: '2024', value: '1', source: 'handmatig', version: 0 };
    const read = async (role: MatrixRole) => {
      const res = await as.get(role)!.gql(READ, { id: v.visitId });
      return res.errors
        ? codeOf(res)
        : res.data!.indicators.canWrite
          ? 'write'
          : res.data!.indicators.canRead
            ? 'read'
            : `none ${res.data!.indicators.values.length}`;
    };
    const seen: Record<string, string | undefined> = {};
    for (const role of Object.keys(MATRIX_ROLES) as MatrixRole[]) seen[role] = await read(role);
    expect(seen).toEqual({
      author: 'read',
      otherReviewer: 'read',
      lead: 'read',
      hostContact: 'write',
      otherRoundMember: 'none 0',
      coordinator: 'write',
      networkMember: 'NOT_FOUND',
      otherNetwork: 'NOT_FOUND',
      facilitator: 'NOT_FOUND',
    });
    expect(codeOf(await as.get('lead')!.gql(SAVE, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await as.get('networkMember')!.gql(SAVE, { input }))).toBe('NOT_FOUND');
    expect(codeOf(await as.get('otherNetwork')!.gql(IMPORT, { input: { visitId: v.visitId, csv: 'code,periode,waarde\nX,2024,1' } }))).toBe('NOT_FOUND');
    const audit = await withAdmin(
      async (c) => (await c.query(`SELECT DISTINCT action FROM audit_event WHERE action LIKE 'indicator.%' ORDER BY action`)).rows.map((r) => r.action),
      t.db.ownerUrl,
    );
    expect(audit).toEqual(['indicator.imported', 'indicator.removed', 'indicator.saved']);
  });

  it('counts the newest figure of each organisation per size class for a harvest, and hides a group of fewer than three', async () => {
    const o = v.organisations;
    await withAdmin(async (c) => {
      for (const [org, value] of [
        [o.b, 5],
        [o.c, 7],
        [o.d, 3],
        [o.outside, 100],
      ] as const)
        await c.query(
          `INSERT INTO indicator_value (network_id, organisation_id, code, period, label, value, source) VALUES ($1, $2, 'JZ_TRAJ', '2025', 'Jeugdzorg', $3, 'CBS StatLine')`,
          [world.a.id, org, value],
        );
      await c.query(`UPDATE organisation SET population = 300000 WHERE id = $1`, [o.outside]);
    }, t.db.ownerUrl);
    const ds = t.app.get(DataSource);
    const aggregates = await ds.transaction(async (em) => {
      await enterScope(em, { networkId: world.a.id, userId: null });
      return indicatorAggregates(em, world.a.id, [o.host, o.b, o.c, o.d, o.outside]);
    });
    const jz = aggregates.filter((a) => a.code === 'JZ_TRAJ');
    // Host (newest 9,8), B, C and D are all of size class M; the one XL municipality is hidden, and so is M, which would give it away.
    expect(jz.map((a) => [a.sizeClass, a.count, a.median, a.suppressed?.code ?? null])).toEqual([
      ['M', null, null, 'PROTECTS_SMALL_GROUP'],
      ['XL', null, null, 'SMALL_GROUP'],
    ]);
    const inRound = await ds.transaction(async (em) => {
      await enterScope(em, { networkId: world.a.id, userId: null });
      return indicatorAggregates(em, world.a.id, [o.host, o.b, o.c, o.d]);
    });
    expect(inRound.filter((a) => a.code === 'JZ_TRAJ')).toEqual([{ code: 'JZ_TRAJ', sizeClass: 'M', count: 4, median: 6, mean: 6.2, suppressed: null }]);
  });
});
