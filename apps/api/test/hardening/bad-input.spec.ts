import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, getNullableType, isInputObjectType, isListType, type GraphQLInputType } from 'graphql';
import { codeOf } from '../support/gql-client';
import { linkFor } from '../support/outbox';
import { buildWorld } from '../support/world';
import { GROWING_EMAIL, badInputSuite, expectRejection, fieldPaths, operationOf } from './support/bad-input';
import { ACCOUNT_LITERALS, accountMutations, type AccountsWorld } from './support/mutations/accounts';
import { allMutationSpecs } from './support/mutations';

/*
 * REL-07 for signing in, passwords, invitations, networks and organisations. The tables of bad
 * values per kind of field, the coercion cases and the fuzz live in support/bad-input.ts; the
 * other areas have their own bad-input.*.spec.ts, and the tests of "covers the whole schema"
 * below fail when a mutation of the schema, or a field of its input, is missing from all of them.
 */

/** The paths of an input's fields as the specs name them: `visitId`, `agenda`, `agenda.0.startTime`, `evidence.source`. */
function inputPaths(type: GraphQLInputType, prefix = ''): string[] {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return [];
  return Object.values(named.getFields()).flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const list = isListType(getNullableType(field.type));
    return [path, ...inputPaths(field.type, list ? `${path}.0.` : `${path}.`)];
  });
}

describe('bad input of every kind (REL-07)', () => {
  const w = {} as AccountsWorld;
  const MUTATIONS = accountMutations(w);
  const doc = (name: string) => MUTATIONS.find((m) => m.name === name)!.doc;

  const suite = badInputSuite({
    mutations: MUTATIONS,
    literals: ACCOUNT_LITERALS,
    setup: async (t) => {
      w.world = await buildWorld(t);
      return { admin: w.world.admin, coordinator: w.world.a.coordinator, both: w.world.both };
    },
    more: () => {
      describe('covers the whole schema: every mutation and every field of its input', () => {
        const specs = Object.values(allMutationSpecs()).flat();
        const mutationFields = () => suite.t.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields();

        it('covers every mutation of the schema', () => {
          const covered = [...new Set(specs.map(operationOf))].sort();
          expect(covered).toEqual(Object.keys(mutationFields()).sort());
        });

        it('describes every argument and every (nested) input field of each mutation, and nothing else', () => {
          const missing: string[] = [];
          const unknown: string[] = [];
          for (const [name, field] of Object.entries(mutationFields())) {
            const expected = field.args.flatMap((arg) => (isInputObjectType(getNamedType(arg.type)) ? inputPaths(arg.type) : [arg.name]));
            const described = new Set(specs.filter((m) => operationOf(m) === name).flatMap((m) => m.fields.flatMap((f) => fieldPaths(f).map((p) => p.path))));
            missing.push(...expected.filter((p) => !described.has(p)).map((p) => `${name}.${p}`));
            unknown.push(...[...described].filter((p) => !expected.includes(p)).map((p) => `${name}.${p}`));
          }
          expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
        });

        it('gives each mutation spec the argument its operation takes', () => {
          const fields = mutationFields();
          const wrong = specs.filter((m) => {
            const args = fields[operationOf(m)]?.args ?? [];
            const expected = args.length === 0 ? '' : args.length === 1 && !isInputObjectType(getNamedType(args[0].type)) ? args[0].name : 'input';
            return m.arg !== expected;
          });
          expect(wrong.map((m) => m.name)).toEqual([]);
        });
      });

      describe('with real tokens (the checks that need the server’s own state)', () => {
        it('resetPassword with a valid link but a too-weak password: BAD_USER_INPUT on password; password and link unchanged', async () => {
          const { t, probe } = suite;
          await t.client().ok(`mutation($e: String!) { requestPasswordReset(input: { email: $e }) }`, { e: w.world.b.member.email });
          const token = await linkFor(t, w.world.b.member.email, 'wachtwoord-herstellen');
          for (const password of ['kort', 'wachtwoord', '12345678', w.world.b.member.email, '']) {
            const before = await probe.snapshot();
            const res = await t.client().gql(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`, { input: { token, password } });
            expectRejection(res, { kind: 'field', field: 'password' });
            expect(await probe.snapshot()).toEqual(before);
          }
        });

        it('acceptInvitation with a valid link and a whitespace-only name: BAD_USER_INPUT on name, no account created', async () => {
          const { t, probe } = suite;
          const email = 'spatie-naam@test.kijkje.nl';
          await suite
            .client('coordinator')
            .ok(`mutation($e: String!) { invitePerson(input: { email: $e, name: "Spatie", role: COORDINATOR }) { id } }`, { e: email });
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
          const res = await suite.t.client().gql(doc('signIn'), { input: { email: GROWING_EMAIL, password: 'niet-het-wachtwoord' } });
          expect(res.status).toBeLessThan(500);
          expect(['BAD_USER_INPUT', 'UNAUTHENTICATED']).toContain(codeOf(res));
        });

        it('requestPasswordReset answers without a 5xx', async () => {
          const res = await suite.t.client().gql(doc('requestPasswordReset'), { input: { email: GROWING_EMAIL } });
          expect(res.status).toBeLessThan(500);
          expect(['OK', 'BAD_USER_INPUT']).toContain(codeOf(res));
        });

        it('invitePerson refuses it with BAD_USER_INPUT on email and stores nothing', async () => {
          const before = await suite.probe.snapshot();
          const res = await suite.client('coordinator').gql(doc('invitePerson'), { input: { email: GROWING_EMAIL, name: 'Lang Adres', role: 'COORDINATOR' } });
          expectRejection(res, { kind: 'field', field: 'email' });
          expect(await suite.probe.snapshot()).toEqual(before);
        });

        it('createNetwork refuses it with BAD_USER_INPUT on coordinatorEmail and stores nothing', async () => {
          const before = await suite.probe.snapshot();
          const res = await suite
            .client('admin')
            .gql(doc('createNetwork'), { input: { name: 'Netwerk Lang Adres', coordinatorEmail: GROWING_EMAIL, coordinatorName: 'Lang Adres' } });
          expectRejection(res, { kind: 'field', field: 'coordinatorEmail' });
          expect(await suite.probe.snapshot()).toEqual(before);
        });
      });
    },
  });
});
