import fc from 'fast-check';
import { codeOf, type GqlClient, type GqlResult } from '../support/gql-client';
import { linkFor } from '../support/outbox';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, signedIn, type World } from '../support/world';
import { StateProbe, type Snapshot } from './support/state';

/*
 * REL-07 and the acceptance line "bad input of every kind yields BAD_USER_INPUT and
 * nothing stored". Three kinds of rejection exist, and each case below says which it gets:
 *
 *  - field:      the API's own validation (class-validator DTOs, ID pipes, service checks):
 *                HTTP 200, code BAD_USER_INPUT, extensions.fields names the field in nl and en.
 *  - coercion:   GraphQL variable coercion (wrong type, null for a required field, unknown
 *                enum value, unknown or missing input field): HTTP 400, code BAD_USER_INPUT,
 *                bilingual extensions.messages but no extensions.fields.
 *  - validation: a wrong literal inside the document: HTTP 400, code GRAPHQL_VALIDATION_FAILED.
 */

type Kind = 'email' | 'text' | 'networkName' | 'signInPassword' | 'newPassword' | 'token' | 'uuid' | 'key' | 'cbsCode' | 'role';
type Actor = 'anonymous' | 'admin' | 'coordinator' | 'both';

interface FieldSpec {
  name: string;
  kind: Kind;
  required: boolean;
}

interface MutationSpec {
  name: string;
  doc: string;
  /** 'input' for mutations with an input object; otherwise the name of the single ID argument. */
  arg: string;
  actor: Actor;
  fields: FieldSpec[];
  base: () => Record<string, unknown>;
}

type Expectation = { kind: 'field'; field: string } | { kind: 'coercion' } | { kind: 'validation' };

interface Case {
  label: string;
  mutation: MutationSpec;
  /** Built when the case runs, so that it can refer to the world. */
  variables: () => Record<string, unknown>;
  expect: Expectation;
}

const LONG = 'x'.repeat(10_000);
const UUID = '3f1c8f7e-2b4a-4c1d-9e8f-0a1b2c3d4e5f';
/** A valid address (by validator.js) of 189 characters that becomes 309 characters when lower-cased. */
const GROWING_EMAIL = `${'a'.repeat(64)}@${'İ'.repeat(60)}.${'İ'.repeat(60)}.nl`;

/** Values the API itself must refuse with a field message, per kind of field. */
const FIELD_LEVEL: Record<Kind, unknown[]> = {
  email: ['', 'geen-e-mailadres', 'a@', '@test.kijkje.nl', 'twee woorden@test.kijkje.nl', `${'a'.repeat(10_000)}@test.kijkje.nl`, 'iemand\u0000@test.kijkje.nl', 'iemand@test.kijkje.nl\r\nBcc: x@evil.example'],
  text: ['', '   ', '\t\n', LONG, 'Naam\u0000nul', 'Naam\u0007bel', 'Naam\u001b[31m'],
  networkName: ['', 'a', '   ', '!!!', LONG, 'Naam\u0000nul', 'Naam\u001b[31m'],
  signInPassword: [LONG],
  newPassword: [LONG],
  token: ['', 'kort', `${'A'.repeat(42)}!`, 'A'.repeat(44), LONG, `${'A'.repeat(42)}\u0000`],
  uuid: ['', 'not-a-uuid', '1234', 42, "' OR 1=1 --", '00000000-0000-0000-0000-00000000000g', `${UUID}0`, LONG],
  key: ['kort', 'met spaties 123', 'x'.repeat(101), 'sleutel\u0000123', LONG],
  cbsCode: ['', 'GM', 'gm0344', 'GM03445', 'GM0344\n', 'XX0344', 'GM9999'],
  role: [],
};

/** Values GraphQL itself refuses while coercing variables. */
const COERCION: Record<Kind, unknown[]> = {
  email: [42, true, { a: 'b' }, ['a@b.nl']],
  text: [42, true, { a: 'b' }, ['x']],
  networkName: [42, false, ['x']],
  signInPassword: [42, { a: 'b' }],
  newPassword: [42, { a: 'b' }],
  token: [42, true, ['x']],
  uuid: [1.5, true, { id: UUID }, [UUID]],
  key: [12345678, true],
  cbsCode: [344, true],
  role: ['ADMIN', 'coordinator', 'COORDINATOR ', 42, true],
};

describe('bad input of every kind (REL-07)', () => {
  let t: TestApp;
  let world: World;
  let probe: StateProbe;
  let actors: Record<Exclude<Actor, 'anonymous'>, GqlClient>;

  const MUTATIONS: MutationSpec[] = [
    {
      name: 'signIn',
      doc: `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
      arg: 'input',
      actor: 'anonymous',
      fields: [
        { name: 'email', kind: 'email', required: true },
        { name: 'password', kind: 'signInPassword', required: true },
      ],
      base: () => ({ email: world.a.member.email, password: 'niet-het-wachtwoord' }),
    },
    {
      name: 'requestPasswordReset',
      doc: `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`,
      arg: 'input',
      actor: 'anonymous',
      fields: [{ name: 'email', kind: 'email', required: true }],
      base: () => ({ email: world.a.member.email }),
    },
    {
      name: 'resetPassword',
      doc: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`,
      arg: 'input',
      actor: 'anonymous',
      fields: [
        { name: 'token', kind: 'token', required: true },
        { name: 'password', kind: 'newPassword', required: true },
      ],
      base: () => ({ token: 'A'.repeat(43), password: 'Een-goed-wachtwoord-77' }),
    },
    {
      name: 'acceptInvitation',
      doc: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }`,
      arg: 'input',
      actor: 'anonymous',
      fields: [
        { name: 'token', kind: 'token', required: true },
        { name: 'name', kind: 'text', required: false },
        { name: 'password', kind: 'newPassword', required: true },
      ],
      base: () => ({ token: 'A'.repeat(43), name: 'Nieuw Persoon', password: 'Een-goed-wachtwoord-77' }),
    },
    {
      name: 'createNetwork',
      doc: `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
      arg: 'input',
      actor: 'admin',
      fields: [
        { name: 'name', kind: 'networkName', required: true },
        { name: 'coordinatorEmail', kind: 'email', required: true },
        { name: 'coordinatorName', kind: 'text', required: true },
        { name: 'idempotencyKey', kind: 'key', required: false },
      ],
      base: () => ({ name: 'Netwerk Noord', coordinatorEmail: 'coordinator-noord@test.kijkje.nl', coordinatorName: 'Coördinator Noord', idempotencyKey: 'sleutel-noord-1' }),
    },
    {
      name: 'addOrganisation',
      doc: `mutation($input: AddOrganisationInput!) { addOrganisation(input: $input) { id } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'cbsCode', kind: 'cbsCode', required: false },
        { name: 'idempotencyKey', kind: 'key', required: false },
      ],
      base: () => ({ cbsCode: 'GM0363' }),
    },
    {
      // the partnership form of the same mutation: a name instead of a CBS code
      name: 'addOrganisation (partnership)',
      doc: `mutation($input: AddOrganisationInput!) { addOrganisation(input: $input) { id } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [{ name: 'name', kind: 'text', required: false }],
      base: () => ({ name: 'Regio Samen' }),
    },
    {
      name: 'invitePerson',
      doc: `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { id } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'email', kind: 'email', required: true },
        { name: 'name', kind: 'text', required: true },
        { name: 'role', kind: 'role', required: true },
        { name: 'organisationId', kind: 'uuid', required: false },
        { name: 'idempotencyKey', kind: 'key', required: false },
      ],
      base: () => ({ email: 'nieuw-lid@test.kijkje.nl', name: 'Nieuw Lid', role: 'MEMBER', organisationId: world.a.organisations[0].id, idempotencyKey: 'uitnodiging-1' }),
    },
    {
      name: 'revokeInvitation',
      doc: `mutation($id: ID!) { revokeInvitation(id: $id) }`,
      arg: 'id',
      actor: 'coordinator',
      fields: [{ name: 'id', kind: 'uuid', required: true }],
      base: () => ({ id: world.a.invitationId }),
    },
    {
      name: 'deactivateMembership',
      doc: `mutation($id: ID!) { deactivateMembership(id: $id) { id } }`,
      arg: 'id',
      actor: 'coordinator',
      fields: [{ name: 'id', kind: 'uuid', required: true }],
      base: () => ({ id: world.a.membershipId }),
    },
    {
      name: 'switchNetwork',
      doc: `mutation($networkId: ID!) { switchNetwork(networkId: $networkId) { user { id } } }`,
      arg: 'networkId',
      actor: 'both',
      fields: [{ name: 'networkId', kind: 'uuid', required: true }],
      base: () => ({ networkId: world.b.id }),
    },
  ];

  /** The variables for a mutation whose field `field` is replaced (or removed when value is undefined). */
  const withField = (m: MutationSpec, field: string, value: unknown, omit = false): Record<string, unknown> => {
    if (m.arg !== 'input') return omit ? {} : { [m.arg]: value };
    const input = { ...m.base() };
    if (omit) delete input[field];
    else input[field] = value;
    return { input };
  };

  const show = (v: unknown) => {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 40 ? `${s.slice(0, 37)}…(${s.length})` : s;
  };

  /** Every table case, built from the specs once the world exists. */
  function cases(): Case[] {
    const out: Case[] = [];
    for (const m of MUTATIONS) {
      for (const f of m.fields) {
        for (const value of FIELD_LEVEL[f.kind]) {
          out.push({ label: `${m.name}.${f.name} = ${show(value)}`, mutation: m, variables: () => withField(m, f.name, value), expect: { kind: 'field', field: f.name } });
        }
        for (const value of COERCION[f.kind]) {
          out.push({ label: `${m.name}.${f.name} = ${show(value)} (wrong type)`, mutation: m, variables: () => withField(m, f.name, value), expect: { kind: 'coercion' } });
        }
        if (f.required) {
          out.push({ label: `${m.name}.${f.name} = null`, mutation: m, variables: () => withField(m, f.name, null), expect: { kind: 'coercion' } });
          out.push({ label: `${m.name}.${f.name} missing`, mutation: m, variables: () => withField(m, f.name, undefined, true), expect: { kind: 'coercion' } });
        }
      }
      if (m.arg === 'input') {
        out.push({ label: `${m.name} with an unknown extra field`, mutation: m, variables: () => ({ input: { ...m.base(), isPlatformAdmin: true } }), expect: { kind: 'coercion' } });
        out.push({ label: `${m.name} with input = a string`, mutation: m, variables: () => ({ input: 'x' }), expect: { kind: 'coercion' } });
        out.push({ label: `${m.name} with input = an array`, mutation: m, variables: () => ({ input: [m.base()] }), expect: { kind: 'coercion' } });
      }
    }
    return out;
  }

  const clientFor = (actor: Actor): GqlClient => (actor === 'anonymous' ? t.client() : actors[actor]);

  const expectBilingual = (messages: { nl?: string; en?: string } | undefined) => {
    expect(typeof messages?.nl).toBe('string');
    expect(typeof messages?.en).toBe('string');
    expect(messages!.nl!.length).toBeGreaterThan(0);
    expect(messages!.en!.length).toBeGreaterThan(0);
  };

  /** Checks one rejected response against its expectation. */
  function expectRejection(res: GqlResult, expectation: Expectation) {
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.length).toBeGreaterThan(0);
    const error = res.errors![0];
    expectBilingual(error.extensions.messages);
    switch (expectation.kind) {
      case 'field': {
        expect({ status: res.status, code: error.extensions.code, data: res.data }).toEqual({ status: 200, code: 'BAD_USER_INPUT', data: null });
        const fields = error.extensions.fields ?? [];
        expect(fields.map((f) => f.field)).toContain(expectation.field);
        for (const f of fields) expectBilingual(f.messages);
        break;
      }
      case 'coercion':
        expect({ status: res.status, code: error.extensions.code, data: res.data }).toEqual({ status: 400, code: 'BAD_USER_INPUT', data: undefined });
        break;
      case 'validation':
        expect({ status: res.status, code: error.extensions.code, data: res.data }).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED', data: undefined });
        break;
    }
  }

  beforeAll(async () => {
    // Generous limits: this file sends hundreds of requests from one address and one session.
    t = await startTestApp({
      RATE_SIGNIN_PER_MINUTE: '100000',
      RATE_SIGNIN_PER_IP_PER_MINUTE: '100000',
      RATE_RESET_PER_HOUR: '100000',
      RATE_REQUESTS_PER_MINUTE: '100000',
    });
    world = await buildWorld(t);
    probe = await StateProbe.open(t.db.ownerUrl);
    actors = {
      admin: await signedIn(t, world.admin),
      coordinator: await signedIn(t, world.a.coordinator),
      both: await signedIn(t, world.both),
    };
  });
  afterAll(async () => {
    await probe?.close();
    await t?.close();
  });

  describe('a table of bad inputs per mutation', () => {
    it.each(cases())('$label → refused, nothing stored', async (c) => {
      const before = await probe.snapshot();
      const res = await clientFor(c.mutation.actor).gql(c.mutation.doc, c.variables());
      expectRejection(res, c.expect);
      expect(await probe.snapshot()).toEqual(before);
    });
  });

  describe('wrong literals inside the document', () => {
    const literal: [string, string, Actor][] = [
      ['signIn with a number for email', `mutation { signIn(input: { email: 42, password: "x" }) { user { id } } }`, 'anonymous'],
      ['signIn without its input', `mutation { signIn { user { id } } }`, 'anonymous'],
      ['requestPasswordReset with null input', `mutation { requestPasswordReset(input: null) }`, 'anonymous'],
      ['invitePerson with an unknown role', `mutation { invitePerson(input: { email: "a@b.nl", name: "A", role: ADMIN }) { id } }`, 'coordinator'],
      ['invitePerson with a string for the role enum', `mutation { invitePerson(input: { email: "a@b.nl", name: "A", role: "MEMBER" }) { id } }`, 'coordinator'],
      ['revokeInvitation with a float id', `mutation { revokeInvitation(id: 1.5) }`, 'coordinator'],
      ['deactivateMembership with an object id', `mutation { deactivateMembership(id: { x: 1 }) { id } }`, 'coordinator'],
      ['createNetwork with an unknown field', `mutation { createNetwork(input: { name: "Nw", coordinatorEmail: "a@b.nl", coordinatorName: "A", owner: true }) { id } }`, 'admin'],
      ['addOrganisation with a list for cbsCode', `mutation { addOrganisation(input: { cbsCode: ["GM0344"] }) { id } }`, 'coordinator'],
      ['switchNetwork with a boolean', `mutation { switchNetwork(networkId: true) { user { id } } }`, 'both'],
      ['a variable of the wrong declared type', `mutation($id: Int!) { revokeInvitation(id: $id) }`, 'coordinator'],
    ];

    it.each(literal)('%s → GRAPHQL_VALIDATION_FAILED, nothing stored', async (_label, doc, actor) => {
      const before = await probe.snapshot();
      const res = await clientFor(actor).gql(doc, { id: 1 });
      expectRejection(res, { kind: 'validation' });
      expect(await probe.snapshot()).toEqual(before);
    });
  });

  describe('with real tokens (the checks that need the server’s own state)', () => {
    it('resetPassword with a valid link but a too-weak password: BAD_USER_INPUT on password; password and link unchanged', async () => {
      await t.client().ok(`mutation($e: String!) { requestPasswordReset(input: { email: $e }) }`, { e: world.b.member.email });
      const token = await linkFor(t, world.b.member.email, 'wachtwoord-herstellen');
      for (const password of ['kort', 'wachtwoord', '12345678', world.b.member.email, '']) {
        const before = await probe.snapshot();
        const res = await t.client().gql(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`, { input: { token, password } });
        expectRejection(res, { kind: 'field', field: 'password' });
        expect(await probe.snapshot()).toEqual(before);
      }
    });

    it('acceptInvitation with a valid link and a whitespace-only name: BAD_USER_INPUT on name, no account created', async () => {
      const email = 'spatie-naam@test.kijkje.nl';
      await actors.coordinator.ok(`mutation($e: String!) { invitePerson(input: { email: $e, name: "Spatie", role: COORDINATOR }) { id } }`, { e: email });
      const token = await linkFor(t, email, 'uitnodiging');
      const before = await probe.snapshot();
      const res = await t.client().gql(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id name } } }`, {
        input: { token, name: '   ', password: 'Een-goed-wachtwoord-77' },
      });
      expectRejection(res, { kind: 'field', field: 'name' });
      expect(await probe.snapshot()).toEqual(before);
      const users = await probe.query(`SELECT name FROM app_user WHERE email = $1`, [email]);
      expect(users).toEqual([]);
    });
  });

  describe('e-mail addresses that grow when lower-cased', () => {
    // validator.js accepts GROWING_EMAIL (189 characters); normaliseEmail() lower-cases it to 309
    // characters ("İ" → "i̇"), longer than every column and key it is written to.
    it('the address is valid as sent and longer than 254 characters once normalised', () => {
      expect(GROWING_EMAIL.length).toBeLessThanOrEqual(254);
      expect(GROWING_EMAIL.trim().toLowerCase().length).toBeGreaterThan(254);
    });

    it('signIn refuses it without a 5xx', async () => {
      const res = await t.client().gql(MUTATIONS[0].doc, { input: { email: GROWING_EMAIL, password: 'niet-het-wachtwoord' } });
      expect(res.status).toBeLessThan(500);
      expect(['BAD_USER_INPUT', 'UNAUTHENTICATED']).toContain(codeOf(res));
    });

    it('requestPasswordReset answers without a 5xx', async () => {
      const res = await t.client().gql(MUTATIONS[1].doc, { input: { email: GROWING_EMAIL } });
      expect(res.status).toBeLessThan(500);
      expect(['OK', 'BAD_USER_INPUT']).toContain(codeOf(res));
    });

    it('invitePerson refuses it with BAD_USER_INPUT on email and stores nothing', async () => {
      const before = await probe.snapshot();
      const res = await actors.coordinator.gql(MUTATIONS[7].doc, { input: { email: GROWING_EMAIL, name: 'Lang Adres', role: 'COORDINATOR' } });
      expectRejection(res, { kind: 'field', field: 'email' });
      expect(await probe.snapshot()).toEqual(before);
    });

    it('createNetwork refuses it with BAD_USER_INPUT on coordinatorEmail and stores nothing', async () => {
      const before = await probe.snapshot();
      const res = await actors.admin.gql(MUTATIONS[4].doc, { input: { name: 'Netwerk Lang Adres', coordinatorEmail: GROWING_EMAIL, coordinatorName: 'Lang Adres' } });
      expectRejection(res, { kind: 'field', field: 'coordinatorEmail' });
      expect(await probe.snapshot()).toEqual(before);
    });
  });

  describe('property-based fuzzing (fast-check, 50 runs per mutation)', () => {
    const junk: fc.Arbitrary<unknown> = fc.oneof(
      { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
      {
        weight: 3,
        arbitrary: fc.constantFrom<unknown>(
          '',
          ' ',
          '   ',
          '\u0000',
          '\t\n',
          '\ud800',
          LONG,
          'İ'.repeat(200),
          GROWING_EMAIL,
          'null',
          '<script>alert(1)</script>',
          "'; DROP TABLE app_user; --",
          '00000000-0000-0000-0000-000000000000',
          'A'.repeat(43),
        ),
      },
      { weight: 2, arbitrary: fc.emailAddress() },
      { weight: 2, arbitrary: fc.uuid() },
      { weight: 2, arbitrary: fc.constantFrom<unknown>('COORDINATOR', 'MEMBER', 'GM0344', 'GM0363', 'GM0599') },
      { weight: 1, arbitrary: fc.integer() },
      { weight: 1, arbitrary: fc.double() },
      { weight: 1, arbitrary: fc.boolean() },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }) },
    );

    /** Plausible values per kind of field, so that runs also get past validation into the services. */
    const plausible: Record<Kind, fc.Arbitrary<unknown>> = {
      email: fc.oneof(fc.emailAddress(), fc.constantFrom('iemand@test.kijkje.nl', ' Hoofd.Letters@Test.Kijkje.nl ', GROWING_EMAIL)),
      text: fc.oneof(fc.string({ minLength: 1, maxLength: 130 }), fc.constantFrom('Jan de Vries', '   ', 'Ünïcödé Naam')),
      networkName: fc.oneof(fc.string({ minLength: 1, maxLength: 130 }), fc.constantFrom('Netwerk Zuid', 'Ærø Øst', '   ')),
      signInPassword: fc.string({ maxLength: 140 }),
      newPassword: fc.string({ maxLength: 140 }),
      token: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      uuid: fc.uuid(),
      key: fc.stringMatching(/^[A-Za-z0-9_-]{8,100}$/),
      cbsCode: fc.constantFrom('GM0344', 'GM0363', 'GM0599', 'GM9999'),
      role: fc.constantFrom('COORDINATOR', 'MEMBER'),
    };
    const valueFor = (kind: Kind) => fc.oneof({ weight: 1, arbitrary: junk }, { weight: 3, arbitrary: plausible[kind] });

    const variablesFor = (m: MutationSpec): fc.Arbitrary<Record<string, unknown>> => {
      if (m.arg !== 'input') return valueFor(m.fields[0].kind).map((value) => ({ [m.arg]: value }));
      const record = fc.record(Object.fromEntries(m.fields.map((f) => [f.name, fc.option(valueFor(f.kind), { nil: undefined, freq: f.required ? 20 : 3 })])) as Record<string, fc.Arbitrary<unknown>>);
      const extra = fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), junk), { nil: undefined, freq: 8 });
      const input = fc.tuple(record, extra).map(([r, e]) => {
        const obj: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(r)) if (v !== undefined) obj[k] = v;
        if (e) obj[e[0]] = e[1];
        return obj;
      });
      return fc.oneof({ weight: 9, arbitrary: input }, { weight: 1, arbitrary: junk }).map((value) => ({ input: value }));
    };

    it.each(MUTATIONS.map((m) => [m.name, m] as const))('%s: never a 5xx or INTERNAL_SERVER_ERROR; nothing stored when refused', async (_name, m) => {
      await fc.assert(
        fc.asyncProperty(variablesFor(m), async (variables) => {
          const before = await probe.snapshot();
          const res = await clientFor(m.actor).gql(m.doc, variables);
          if (res.status >= 500) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.errors)}`);
          const codes = (res.errors ?? []).map((e) => e.extensions?.code);
          if (codes.includes('INTERNAL_SERVER_ERROR')) throw new Error(`INTERNAL_SERVER_ERROR for ${JSON.stringify(variables).slice(0, 300)}`);
          for (const e of res.errors ?? []) {
            if (!e.extensions?.code || !e.extensions.messages?.nl || !e.extensions.messages?.en) throw new Error(`error without code or messages: ${JSON.stringify(e)}`);
          }
          if (res.errors?.length) {
            const after: Snapshot = await probe.snapshot();
            expect(after).toEqual(before);
          }
        }),
        { numRuns: 50, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: false },
      );
    }, 60_000);
  });
});
