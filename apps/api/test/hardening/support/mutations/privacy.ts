import type { MutationSpec } from '../bad-input';
import type { AccountsWorld } from './accounts';

/**
 * The AVG's erasure: the person's own account (never the right password here, so the fuzz erases
 * nobody) and a coordinator's erasure on request (only ids it may not erase: another network's
 * membership, an invitation's id).
 */
export function privacyMutations(w: AccountsWorld): MutationSpec[] {
  return [
    {
      name: 'eraseMyAccount',
      doc: `mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`,
      arg: 'input',
      actor: 'both',
      fields: [{ name: 'currentPassword', kind: 'signInPassword', required: true }],
      base: () => ({ currentPassword: 'niet-het-wachtwoord' }),
    },
    {
      name: 'eraseMemberOnRequest',
      doc: `mutation($membershipId: ID!) { eraseMemberOnRequest(membershipId: $membershipId) }`,
      arg: 'membershipId',
      actor: 'coordinator',
      fields: [{ name: 'membershipId', kind: 'uuid', required: true, real: () => [w.world.b.membershipId, w.world.a.invitationId] }],
      base: () => ({ membershipId: w.world.b.membershipId }),
    },
  ];
}
