import fc from 'fast-check';
import type { GqlClient } from '../../support/gql-client';
import { startTestApp, type TestApp } from '../../support/test-app';
import { signedIn, type Person } from '../../support/world';
import { resolveLive, settle, variablesFor } from './bad-input-fuzz';
import { expectRejection } from './bad-input-expect';
import type { Expectation, Kind, Literal, MutationSpec } from './bad-input-kinds';
import { cases } from './bad-input-table';
import { StateProbe, type Snapshot } from './state';

/*
 * REL-07 and the acceptance line "bad input of every kind yields BAD_USER_INPUT and
 * nothing stored", shared by the bad-input.*.spec.ts files. Three kinds of rejection exist, and
 * each table case says which it gets:
 *
 *  - field:      the API's own validation (class-validator DTOs, ID pipes, service checks):
 *                HTTP 200, code BAD_USER_INPUT, extensions.fields names the field in nl and en.
 *  - coercion:   GraphQL variable coercion (wrong type, null for a required field, unknown
 *                enum value, unknown or missing input field): HTTP 400, code BAD_USER_INPUT,
 *                bilingual extensions.messages but no extensions.fields.
 *  - validation: a wrong literal inside the document: HTTP 400, code GRAPHQL_VALIDATION_FAILED.
 *
 * A spec file describes its mutations (MutationSpec: the document, the actor who may run it, and
 * every field of its input by kind; see support/mutations/) and calls badInputSuite(); the
 * tables of bad values and the fuzz arbitraries below follow from the kinds. bad-input.spec.ts
 * checks that every mutation of the schema, and every field of its input, is described.
 *
 * A fourth expectation, leftOut, is for null in an optional field: taken as "not given" or
 * refused, but never a crash or a stored record that no longer reads back.
 */

// The parts have files of their own (kinds, table, expectations, fuzz); everything the specs and
// support/mutations/ import is exported from here as before.
export * from './bad-input-kinds';
export * from './bad-input-table';
export * from './bad-input-expect';
export * from './bad-input-fuzz';

export interface SuiteOptions {
  mutations: MutationSpec[];
  /** Builds the world once the app is up; returns the people behind the actors of the specs. */
  setup: (t: TestApp, probe: StateProbe) => Promise<Record<string, Person>>;
  literals?: Literal[];
  /** Fuzz runs per mutation with free input (text, dates, lists, nested inputs). */
  numRuns?: number;
  /** Fuzz runs per mutation whose input is only references, versions, numbers, enums and flags: a small space, and the table covers its edges. */
  stepRuns?: number;
  /** Milliseconds after which a mutation's fuzz stops early (without failing). */
  timeLimit?: number;
  env?: Record<string, string>;
  /** Tests of the file that need the world as it was built: registered before the fuzz, which leaves it changed. */
  more?: (suite: Suite) => void;
}

export interface Suite {
  t: TestApp;
  probe: StateProbe;
  client(actor: string): GqlClient;
}

/** Generous limits: a fuzz file sends thousands of requests from one address and a few sessions. */
export const GENEROUS_LIMITS = {
  RATE_SIGNIN_PER_MINUTE: '100000',
  RATE_SIGNIN_FREE_FAILURES: '100000',
  RATE_RESET_PER_HOUR: '100000',
  RATE_REQUESTS_PER_MINUTE: '100000',
};

/**
 * Boots the app, builds the world and registers the parts for these mutations: the table of bad
 * inputs, the wrong literals, the file's own tests (`more`), and the fast-check fuzz. Call it
 * inside a describe.
 */
export function badInputSuite(options: SuiteOptions): Suite {
  const { mutations, literals = [], numRuns = 40, stepRuns = 20, timeLimit = 20_000 } = options;
  const STEP_KINDS: Kind[] = ['uuid', 'version', 'int', 'enum', 'bool'];
  const runsFor = (m: MutationSpec) => (m.fields.every((f) => STEP_KINDS.includes(f.kind)) ? stepRuns : numRuns);
  const clients: Record<string, GqlClient> = {};
  const suite = { client: (actor: string) => (actor === 'anonymous' ? suite.t.client() : clients[actor]) } as Suite;

  beforeAll(async () => {
    suite.t = await startTestApp({ ...GENEROUS_LIMITS, ...options.env });
    suite.probe = await StateProbe.open(suite.t.db.ownerUrl);
    const people = await options.setup(suite.t, suite.probe);
    for (const [actor, person] of Object.entries(people)) clients[actor] = await signedIn(suite.t, person);
    for (const m of mutations) if (m.actor !== 'anonymous' && !clients[m.actor]) throw new Error(`no actor ${m.actor} for ${m.name}`);
  });
  afterAll(async () => {
    await suite.probe?.close();
    await suite.t?.close();
  });

  /** The state after the previous case, when that case left it as it was: saves a snapshot per case. */
  let known: Snapshot | null = null;
  const refused = async (actor: string, doc: string, variables: Record<string, unknown>, expectation: Expectation) => {
    const before = known ?? (await suite.probe.snapshot());
    known = null;
    const res = await suite.client(actor).gql(doc, variables);
    expectRejection(res, expectation);
    const after = await suite.probe.snapshot();
    // a left-out optional field may well be accepted: then only a crash or a broken read-back counts
    if (expectation.kind !== 'leftOut' || res.errors?.length) expect(after).toEqual(before);
    known = after;
  };

  describe('a table of bad inputs per mutation', () => {
    beforeAll(() => {
      known = null;
    });
    it.each(cases(mutations).map((c) => (c.expect.kind === 'leftOut' ? c : { ...c, label: `${c.label} → refused, nothing stored` })))('$label', async (c) =>
      refused(c.mutation.actor, c.mutation.doc, await c.variables(), c.expect),
    );
  });

  if (literals.length) {
    describe('wrong literals inside the document', () => {
      beforeAll(() => {
        known = null;
      });
      it.each(literals)('%s → GRAPHQL_VALIDATION_FAILED, nothing stored', (_label, doc, actor) => refused(actor, doc, { id: 1 }, { kind: 'validation' }));
    });
  }

  options.more?.(suite);

  describe(`property-based fuzzing (fast-check, ${numRuns} runs per mutation, ${stepRuns} for steps)`, () => {
    it.each(mutations.map((m) => [m.name, m] as const))(
      '%s: never a 5xx or INTERNAL_SERVER_ERROR; nothing stored when refused',
      async (_name, m) => {
        await settle(m.fields);
        let before = await suite.probe.snapshot();
        await fc.assert(
          fc.asyncProperty(variablesFor(m), async (generated) => {
            const variables = await resolveLive(m, generated);
            try {
              const res = await suite.client(m.actor).gql(m.doc, variables);
              const sent = () => JSON.stringify(variables).slice(0, 400);
              if (res.status >= 500) throw new Error(`HTTP ${res.status} for ${sent()}: ${JSON.stringify(res.errors)}`);
              const codes = (res.errors ?? []).map((e) => e.extensions?.code);
              if (codes.includes('INTERNAL_SERVER_ERROR')) throw new Error(`INTERNAL_SERVER_ERROR for ${sent()}`);
              for (const e of res.errors ?? []) {
                if (!e.extensions?.code || !e.extensions.messages?.nl || !e.extensions.messages?.en)
                  throw new Error(`error without code or messages for ${sent()}: ${JSON.stringify(e)}`);
              }
              const after: Snapshot = await suite.probe.snapshot();
              if (res.errors?.length) expect(after).toEqual(before);
              before = after;
            } catch (error) {
              // the next run (or shrinking) compares against the state as it is now
              before = await suite.probe.snapshot();
              throw error;
            }
          }),
          { numRuns: runsFor(m), interruptAfterTimeLimit: timeLimit, markInterruptAsFailure: false },
        );
      },
      timeLimit + 40_000,
    );
  });

  return suite;
}

export const isUuid = (id: unknown): id is string => typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** The current version of a record, for FieldSpec.live; 1 when the id is not a record of the table. */
export async function versionOf(
  probe: StateProbe,
  table: 'programme' | 'round' | 'visit' | 'finding' | 'harvest' | 'visit_report' | 'host_response',
  id: unknown,
): Promise<number> {
  if (!isUuid(id)) return 1;
  const key = table === 'visit_report' ? 'visit_id' : table === 'host_response' ? 'finding_id' : 'id';
  const [row] = await probe.query<{ version: number }>(`SELECT version FROM ${table} WHERE ${key} = $1`, [id]);
  return row?.version ?? 1;
}
