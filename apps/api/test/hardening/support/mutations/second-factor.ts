import type { MutationSpec } from '../bad-input';

/**
 * The second factor: set up, renewed and turned off by the signed-in person (who has none here,
 * so no fuzzed code can turn anything on or off), and the second step of a sign-in (anonymous).
 * Codes are short strings whose length is checked like a password's.
 */
export function secondFactorMutations(): MutationSpec[] {
  return [
    {
      // A network's policy: the coordinator's own session has no second factor, so only NOBODY is taken.
      name: 'setSecondFactorPolicy',
      doc: `mutation($policy: SecondFactorPolicy!) { setSecondFactorPolicy(policy: $policy) { id } }`,
      arg: 'policy',
      actor: 'coordinator',
      fields: [{ name: 'policy', kind: 'enum', values: ['NOBODY', 'COORDINATORS', 'EVERYONE'], required: true }],
      base: () => ({ policy: 'NOBODY' }),
    },
    { name: 'startTotpEnrolment', doc: `mutation { startTotpEnrolment { secret } }`, arg: '', actor: 'both', fields: [], base: () => ({}) },
    {
      name: 'confirmTotpEnrolment',
      doc: `mutation($input: TotpCodeInput!) { confirmTotpEnrolment(input: $input) { codes } }`,
      arg: 'input',
      actor: 'both',
      fields: [{ name: 'code', kind: 'signInPassword', required: true }],
      base: () => ({ code: '123456' }),
    },
    {
      name: 'renewRecoveryCodes',
      doc: `mutation($input: TotpCodeInput!) { renewRecoveryCodes(input: $input) { codes } }`,
      arg: 'input',
      actor: 'both',
      fields: [{ name: 'code', kind: 'signInPassword', required: true }],
      base: () => ({ code: '123456' }),
    },
    {
      name: 'disableSecondFactor',
      doc: `mutation($input: DisableSecondFactorInput!) { disableSecondFactor(input: $input) }`,
      arg: 'input',
      actor: 'both',
      fields: [
        { name: 'currentPassword', kind: 'signInPassword', required: false },
        { name: 'code', kind: 'signInPassword', required: false },
        { name: 'recoveryCode', kind: 'signInPassword', required: false },
      ],
      base: () => ({ currentPassword: 'niet-het-wachtwoord' }),
    },
    {
      name: 'completeSignIn',
      doc: `mutation($input: CompleteSignInInput!) { completeSignIn(input: $input) { user { id } } }`,
      arg: 'input',
      actor: 'anonymous',
      fields: [
        { name: 'challenge', kind: 'token', required: true },
        { name: 'code', kind: 'signInPassword', required: false },
        { name: 'recoveryCode', kind: 'signInPassword', required: false },
        { name: 'passkeyResponse', kind: 'signInPassword', required: false },
      ],
      base: () => ({ challenge: 'A'.repeat(43), code: '123456' }),
    },
    { name: 'startPasskeyRegistration', doc: `mutation { startPasskeyRegistration }`, arg: '', actor: 'both', fields: [], base: () => ({}) },
    {
      // No registration the fuzz could answer: every response is refused, nothing is stored.
      name: 'finishPasskeyRegistration',
      doc: `mutation($input: FinishPasskeyRegistrationInput!) { finishPasskeyRegistration(input: $input) { id } }`,
      arg: 'input',
      actor: 'both',
      fields: [
        { name: 'name', kind: 'text', required: true, max: 60 },
        { name: 'response', kind: 'signInPassword', required: true },
      ],
      base: () => ({ name: 'Mijn telefoon', response: '{"id":"x"}' }),
    },
    {
      name: 'removePasskey',
      doc: `mutation($id: ID!) { removePasskey(id: $id) }`,
      arg: 'id',
      actor: 'both',
      fields: [{ name: 'id', kind: 'uuid', required: true, real: () => [] }],
      base: () => ({ id: '00000000-0000-4000-8000-000000000001' }),
    },
  ];
}
