import { checkPassword } from './password-policy';
import { invitationViolationMessages, violationMessages } from './messages';

describe('checkPassword', () => {
  it.each([
    ['Sterk-genoeg-2026', {}, []],
    ['kort', {}, ['TOO_SHORT']],
    ['1234567', {}, ['TOO_SHORT', 'COMMON']],
    ['éééééééé', {}, []],
    ['😀😀😀😀', {}, ['TOO_SHORT']],
    ['x'.repeat(128), {}, []],
    ['x'.repeat(129), {}, ['TOO_LONG']],
    ['wachtwoord', {}, ['COMMON']],
    ['Welkom123', {}, ['COMMON']],
    ['PASSWORD', {}, ['COMMON']],
    ['annie.smit-2026!', { email: 'annie.smit@utrecht.nl' }, ['CONTAINS_EMAIL']],
    ['Bob-is-een-naam-9', { email: 'bob@utrecht.nl' }, []],
    ['welkom01', { email: 'welkom01@x.nl' }, ['COMMON', 'CONTAINS_EMAIL']],
  ] as const)('%s → %j', (password, context, expected) => {
    expect(checkPassword(password, context)).toEqual(expected);
  });
});

describe('messages', () => {
  it('has a Dutch and an English text for every violation', () => {
    for (const m of [...Object.values(violationMessages), ...Object.values(invitationViolationMessages)]) {
      expect(m.nl.trim().length).toBeGreaterThan(10);
      expect(m.en.trim().length).toBeGreaterThan(10);
      expect(m.nl).not.toBe(m.en);
    }
    expect(Object.keys(violationMessages).sort()).toEqual(['COMMON', 'CONTAINS_EMAIL', 'TOO_LONG', 'TOO_SHORT']);
  });
});
