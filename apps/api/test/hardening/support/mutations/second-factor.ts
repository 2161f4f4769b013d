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
      ],
      base: () => ({ challenge: 'A'.repeat(43), code: '123456' }),
    },
  ];
}
