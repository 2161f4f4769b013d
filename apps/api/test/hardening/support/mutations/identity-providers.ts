import type { FieldSpec, MutationSpec } from '../bad-input';
import type { AccountsWorld } from './accounts';

/** A network's identity providers, its password sign-in setting and the requests to join they bring: coordinators only. */
export function identityProviderMutations(w: AccountsWorld): MutationSpec[] {
  const organisations = () => w.world.a.organisations.map((o) => o.id);
  // What a provider is, as both create and update take it (update also requires the two flags).
  const providerFields = (flagsRequired: boolean, secretRequired: boolean): FieldSpec[] => [
    { name: 'name', kind: 'text', required: true, max: 120 },
    { name: 'issuer', kind: 'text', required: true, max: 500 },
    { name: 'clientId', kind: 'text', required: true, max: 300 },
    { name: 'clientSecret', kind: 'text', required: secretRequired, max: 2000 },
    { name: 'emailDomains', kind: 'strings', required: true, maxItems: 20, max: 253 },
    { name: 'organisationId', kind: 'uuid', required: true, real: organisations },
    { name: 'createMembers', kind: 'bool', required: flagsRequired },
    { name: 'enabled', kind: 'bool', required: flagsRequired },
  ];
  const provider = () => ({
    name: 'Gemeente Test',
    issuer: 'https://login.example.nl/tenant',
    clientId: 'kijkje',
    emailDomains: ['fuzz.example.nl'],
    organisationId: w.world.a.organisations[0].id,
  });
  const someProvider = { id: '00000000-0000-4000-8000-000000000001', version: 1 };
  return [
    {
      name: 'createIdentityProvider',
      doc: `mutation($input: CreateIdentityProviderInput!) { createIdentityProvider(input: $input) { id } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: providerFields(false, true),
      base: () => ({ ...provider(), clientSecret: 'geheim' }),
    },
    {
      name: 'updateIdentityProvider',
      doc: `mutation($input: UpdateIdentityProviderInput!) { updateIdentityProvider(input: $input) { id } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [{ name: 'id', kind: 'uuid', required: true }, { name: 'version', kind: 'version', required: true }, ...providerFields(true, false)],
      base: () => ({ ...someProvider, ...provider(), createMembers: false, enabled: true }),
    },
    {
      name: 'deleteIdentityProvider',
      doc: `mutation($input: DeleteIdentityProviderInput!) { deleteIdentityProvider(input: $input) }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'id', kind: 'uuid', required: true },
        { name: 'version', kind: 'version', required: true },
      ],
      base: () => ({ ...someProvider }),
    },
    {
      name: 'setPasswordSignIn',
      doc: `mutation($allowed: Boolean!) { setPasswordSignIn(allowed: $allowed) { id } }`,
      arg: 'allowed',
      actor: 'coordinator',
      fields: [{ name: 'allowed', kind: 'bool', required: true }],
      base: () => ({ allowed: true }),
    },
    ...(['admitMembershipRequest', 'declineMembershipRequest'] as const).map((name): MutationSpec => ({
      name,
      doc: `mutation($id: ID!) { ${name}(id: $id) ${name === 'admitMembershipRequest' ? '{ id }' : ''} }`,
      arg: 'id',
      actor: 'coordinator',
      fields: [{ name: 'id', kind: 'uuid', required: true, real: () => [w.world.a.membershipId, w.world.b.membershipId] }],
      base: () => ({ id: w.world.a.membershipId }),
    })),
  ];
}
