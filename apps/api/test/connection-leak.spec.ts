import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type World } from './support/world';

/** SEC-02: the tenant setting lives in the transaction, never on the pooled connection. */
describe('pooled connection leak', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp({}, { poolSize: 1 });
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('after a request as network A, a context-less query on the same single connection sees nothing', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    const data = await coordinator.ok(`{ organisations { id name } }`);
    expect(data.organisations).toHaveLength(2);

    const [setting] = await t.ds.query(`SELECT current_setting('app.network_id', true) AS v, pg_backend_pid() AS pid`);
    expect(setting.v ?? '').toBe('');
    const rows = await t.ds.query(`SELECT id FROM organisation`);
    expect(rows).toEqual([]);
  });

  it('a failed operation leaves no open transaction on the connection', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    const res = await coordinator.gql(`mutation { addOrganisation(input: { cbsCode: "GM9999" }) { id } }`);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const [state] = await t.ds.query(`SELECT now() = statement_timestamp() AS "outsideTransaction"`);
    expect(state.outsideTransaction).toBe(true);
  });
});
