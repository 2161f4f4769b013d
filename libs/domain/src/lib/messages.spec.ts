import { invitationViolationMessages, passwordViolationMessages, violationMessage, violationMessages } from './messages';
import { checkPassword, PASSWORD_VIOLATIONS } from './password-policy';
import { validateInvitation } from './invitation';

const ALL_CODES = [...PASSWORD_VIOLATIONS, 'ORGANISATION_REQUIRED'] as const;

describe('violationMessages', () => {
  it('has a message for exactly the codes the rules return', () => {
    expect(Object.keys(violationMessages).sort()).toEqual([...ALL_CODES].sort());
  });

  it.each(ALL_CODES.map((code) => [code]))('%s has a Dutch and an English sentence', (code) => {
    const { nl, en } = violationMessages[code];
    for (const text of [nl, en]) {
      expect(text.trim()).toBe(text);
      expect(text.length).toBeGreaterThan(10);
      expect(text).toMatch(/^[A-Z].*\.$/);
    }
    expect(nl).not.toBe(en);
  });

  it.each([
    ['TOO_SHORT', 'nl', 'Het wachtwoord moet minstens 8 tekens lang zijn.'],
    ['TOO_SHORT', 'en', 'The password must be at least 8 characters long.'],
    ['TOO_LONG', 'nl', 'Het wachtwoord mag maximaal 128 tekens lang zijn.'],
    ['TOO_LONG', 'en', 'The password may be at most 128 characters long.'],
  ] as const)('%s in %s reads %j', (code, language, text) => {
    expect(violationMessage(code, language)).toBe(text);
  });

  it('speaks Dutch by default', () => {
    expect(violationMessage('CONTAINS_EMAIL')).toBe(violationMessages.CONTAINS_EMAIL.nl);
  });

  it('covers every code the rules actually produce', () => {
    const produced = [
      ...checkPassword('kort'),
      ...checkPassword('x'.repeat(200)),
      ...checkPassword('wachtwoord'),
      ...checkPassword('annie.smit-2026', { email: 'annie.smit@utrecht.nl' }),
      ...validateInvitation({ role: 'MEMBER', organisationId: null }),
    ];
    for (const code of produced) expect(violationMessages[code].nl).toBeTruthy();
  });
});

describe('per-rule message maps', () => {
  it('split the full map by rule without changing a message', () => {
    expect({ ...passwordViolationMessages, ...invitationViolationMessages }).toEqual(violationMessages);
    expect(Object.keys(passwordViolationMessages).sort()).toEqual([...PASSWORD_VIOLATIONS].sort());
    expect(Object.keys(invitationViolationMessages)).toEqual(['ORGANISATION_REQUIRED']);
  });
});
