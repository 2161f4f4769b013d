import { DELIVERIES, NOTIFICATION_KINDS } from '@kijkje/domain';
import type { World } from '../../../support/world';
import type { Literal, MutationSpec } from '../bad-input';
import { identityProviderMutations } from './identity-providers';
import { RETENTION_LITERALS, retentionMutations } from './retention';
import { privacyMutations } from './privacy';
import { secondFactorMutations } from './second-factor';

/** Signing in, resetting passwords, invitations, networks and organisations: the world of buildWorld. */
export interface AccountsWorld {
  world: World;
}

const ROLES = ['COORDINATOR', 'MEMBER'] as const;
const LANGUAGES = ['NL', 'EN'] as const;

export function accountMutations(w: AccountsWorld): MutationSpec[] {
  return [
    {
      name: 'signIn',
      doc: `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
      arg: 'input',
      actor: 'anonymous',
      fields: [
        { name: 'email', kind: 'email', required: true },
        { name: 'password', kind: 'signInPassword', required: true },
      ],
      base: () => ({ email: w.world.a.member.email, password: 'niet-het-wachtwoord' }),
    },
    {
      name: 'signOut',
      doc: `mutation { signOut }`,
      arg: '',
      actor: 'anonymous',
      fields: [],
      base: () => ({}),
    },
    {
      name: 'requestPasswordReset',
      doc: `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`,
      arg: 'input',
      actor: 'anonymous',
      fields: [{ name: 'email', kind: 'email', required: true }],
      base: () => ({ email: w.world.a.member.email }),
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
        { name: 'name', kind: 'text', required: false, max: 120 },
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
        { name: 'name', kind: 'networkName', required: true, max: 120 },
        { name: 'coordinatorEmail', kind: 'email', required: true },
        { name: 'coordinatorName', kind: 'text', required: true, max: 120 },
        { name: 'idempotencyKey', kind: 'key', required: false },
      ],
      base: () => ({ name: 'Netwerk Noord', coordinatorEmail: 'coordinator-noord@test.kijkje.nl', coordinatorName: 'Coördinator Noord' }),
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
      fields: [{ name: 'name', kind: 'text', required: false, max: 160 }],
      base: () => ({ name: 'Regio Samen' }),
    },
    {
      name: 'invitePerson',
      doc: `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { id } }`,
      arg: 'input',
      actor: 'coordinator',
      fields: [
        { name: 'email', kind: 'email', required: true },
        { name: 'name', kind: 'text', required: true, max: 120 },
        { name: 'role', kind: 'enum', values: ROLES, required: true },
        { name: 'organisationId', kind: 'uuid', required: false, real: () => w.world.a.organisations.map((o) => o.id) },
        { name: 'idempotencyKey', kind: 'key', required: false },
      ],
      base: () => ({ email: 'nieuw-lid@test.kijkje.nl', name: 'Nieuw Lid', role: 'MEMBER', organisationId: w.world.a.organisations[0].id }),
    },
    {
      name: 'revokeInvitation',
      doc: `mutation($id: ID!) { revokeInvitation(id: $id) }`,
      arg: 'id',
      actor: 'coordinator',
      fields: [{ name: 'id', kind: 'uuid', required: true, real: () => [w.world.a.invitationId, w.world.b.invitationId] }],
      base: () => ({ id: w.world.a.invitationId }),
    },
    {
      name: 'deactivateMembership',
      doc: `mutation($id: ID!) { deactivateMembership(id: $id) { id } }`,
      arg: 'id',
      actor: 'coordinator',
      fields: [{ name: 'id', kind: 'uuid', required: true, real: () => [w.world.a.membershipId, w.world.b.membershipId] }],
      base: () => ({ id: w.world.a.membershipId }),
    },
    {
      name: 'switchNetwork',
      doc: `mutation($networkId: ID!) { switchNetwork(networkId: $networkId) { user { id } } }`,
      arg: 'networkId',
      actor: 'both',
      fields: [{ name: 'networkId', kind: 'uuid', required: true, real: () => [w.world.a.id, w.world.b.id] }],
      base: () => ({ networkId: w.world.b.id }),
    },
    {
      name: 'setMyLanguage',
      doc: `mutation($language: Language!) { setMyLanguage(language: $language) { language } }`,
      arg: 'language',
      actor: 'both',
      fields: [{ name: 'language', kind: 'enum', values: LANGUAGES, required: true }],
      base: () => ({ language: 'NL' }),
    },
    {
      name: 'updateMyName',
      doc: `mutation($input: UpdateMyNameInput!) { updateMyName(input: $input) { name version } }`,
      arg: 'input',
      actor: 'both',
      fields: [
        { name: 'name', kind: 'text', required: true, max: 120 },
        { name: 'version', kind: 'version', required: true },
      ],
      base: () => ({ name: 'Beide Netwerken', version: 1 }),
    },
    {
      name: 'changeMyPassword',
      doc: `mutation($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) }`,
      arg: 'input',
      actor: 'both',
      fields: [
        { name: 'currentPassword', kind: 'signInPassword', required: true },
        { name: 'newPassword', kind: 'newPassword', required: true },
      ],
      // Never the right current password: the fuzz must not change the actor's password.
      base: () => ({ currentPassword: 'niet-het-wachtwoord', newPassword: 'Een-goed-wachtwoord-77' }),
    },
    {
      name: 'endMySession',
      doc: `mutation($id: ID!) { endMySession(id: $id) }`,
      arg: 'id',
      actor: 'both',
      fields: [{ name: 'id', kind: 'uuid', required: true, real: () => [w.world.a.membershipId, w.world.a.coordinator.id] }],
      base: () => ({ id: w.world.a.coordinator.id }),
    },
    {
      name: 'endMyOtherSessions',
      doc: `mutation { endMyOtherSessions }`,
      arg: '',
      actor: 'both',
      fields: [],
      base: () => ({}),
    },
    {
      name: 'markNotificationsRead',
      doc: `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      arg: 'ids',
      actor: 'both',
      fields: [{ name: 'ids', kind: 'uuids', required: false, maxItems: 500 }],
      base: () => ({ ids: [] }),
    },
    {
      name: 'setNotificationSetting',
      doc: `mutation($input: NotificationSettingInput!) { setNotificationSetting(input: $input) { kind delivery } }`,
      arg: 'input',
      actor: 'both',
      fields: [
        { name: 'kind', kind: 'enum', values: NOTIFICATION_KINDS, required: true },
        { name: 'delivery', kind: 'enum', values: DELIVERIES, required: true },
      ],
      base: () => ({ kind: 'HARVEST_PUBLISHED', delivery: 'DIGEST' }),
    },
    {
      name: 'renewCalendarFeed',
      doc: `mutation { renewCalendarFeed { createdAt } }`,
      arg: '',
      actor: 'both',
      fields: [],
      base: () => ({}),
    },
    {
      name: 'revokeCalendarFeed',
      doc: `mutation { revokeCalendarFeed }`,
      arg: '',
      actor: 'both',
      fields: [],
      base: () => ({}),
    },
    ...identityProviderMutations(w),
    ...retentionMutations(),
    ...privacyMutations(w),
    ...secondFactorMutations(),
  ];
}

export const ACCOUNT_LITERALS: Literal[] = [
  ['signIn with a number for email', `mutation { signIn(input: { email: 42, password: "x" }) { user { id } } }`, 'anonymous'],
  ['signIn without its input', `mutation { signIn { user { id } } }`, 'anonymous'],
  ['signOut with an argument it does not have', `mutation { signOut(everywhere: true) }`, 'anonymous'],
  ['requestPasswordReset with null input', `mutation { requestPasswordReset(input: null) }`, 'anonymous'],
  ['invitePerson with an unknown role', `mutation { invitePerson(input: { email: "a@b.nl", name: "A", role: ADMIN }) { id } }`, 'coordinator'],
  ['invitePerson with a string for the role enum', `mutation { invitePerson(input: { email: "a@b.nl", name: "A", role: "MEMBER" }) { id } }`, 'coordinator'],
  ['revokeInvitation with a float id', `mutation { revokeInvitation(id: 1.5) }`, 'coordinator'],
  ['deactivateMembership with an object id', `mutation { deactivateMembership(id: { x: 1 }) { id } }`, 'coordinator'],
  [
    'createNetwork with an unknown field',
    `mutation { createNetwork(input: { name: "Nw", coordinatorEmail: "a@b.nl", coordinatorName: "A", owner: true }) { id } }`,
    'admin',
  ],
  ['addOrganisation with a list for cbsCode', `mutation { addOrganisation(input: { cbsCode: ["GM0344"] }) { id } }`, 'coordinator'],
  ['updateMyName with a string for the version', `mutation { updateMyName(input: { name: "A", version: "1" }) { name } }`, 'both'],
  ['endMySession without its id', `mutation { endMySession }`, 'both'],
  ['eraseMyAccount with a number for the password', `mutation { eraseMyAccount(input: { currentPassword: 42 }) }`, 'both'],
  ['eraseMemberOnRequest without its membership', `mutation { eraseMemberOnRequest }`, 'coordinator'],
  ['switchNetwork with a boolean', `mutation { switchNetwork(networkId: true) { user { id } } }`, 'both'],
  [
    'createIdentityProvider with a string for emailDomains items list',
    `mutation { createIdentityProvider(input: { name: "A", issuer: "https://a.nl", clientId: "c", clientSecret: "s", emailDomains: [1], organisationId: "x" }) { id } }`,
    'coordinator',
  ],
  [
    'createIdentityProvider asking for the secret',
    `mutation { createIdentityProvider(input: { name: "A", issuer: "https://a.nl", clientId: "c", clientSecret: "s", emailDomains: ["a.nl"], organisationId: "x" }) { clientSecret } }`,
    'coordinator',
  ],
  ['setPasswordSignIn with a string', `mutation { setPasswordSignIn(allowed: "nee") { id } }`, 'coordinator'],
  ['a variable of the wrong declared type', `mutation($id: Int!) { revokeInvitation(id: $id) }`, 'coordinator'],
  ...RETENTION_LITERALS,
];
