import { COMMON_PASSWORDS } from './common-passwords';
import { checkPassword, PASSWORD_MAX, PASSWORD_MIN, type PasswordViolation } from './password-policy';

describe('checkPassword', () => {
  it('uses 8 and 128 as bounds', () => {
    expect([PASSWORD_MIN, PASSWORD_MAX]).toEqual([8, 128]);
  });

  it.each<[string, string, { email?: string; name?: string }, PasswordViolation[]]>([
    ['a strong passphrase', 'Sterk-genoeg-2026', {}, []],
    ['4 characters', 'kort', {}, ['TOO_SHORT']],
    ['7 characters', 'abcdefg', {}, ['TOO_SHORT']],
    ['exactly 8 characters', 'Zonnig-8', {}, []],
    ['short and common', '1234567', {}, ['TOO_SHORT', 'COMMON']],
    ['8 accented letters (code points, not bytes)', 'éééééééé', {}, []],
    ['4 emoji are 4 characters, not 8 UTF-16 units', '😀😀😀😀', {}, ['TOO_SHORT']],
    ['8 emoji', '😀😀😀😀😀😀😀😀', {}, []],
    ['exactly 128 characters', 'x'.repeat(128), {}, []],
    ['129 characters', 'x'.repeat(129), {}, ['TOO_LONG']],
    ['128 emoji', '😀'.repeat(128), {}, []],
    ['password', 'password', {}, ['COMMON']],
    ['12345678', '12345678', {}, ['COMMON']],
    ['qwerty123', 'qwerty123', {}, ['COMMON']],
    ['wachtwoord', 'wachtwoord', {}, ['COMMON']],
    ['wachtwoord1', 'wachtwoord1', {}, ['COMMON']],
    ['welkom01', 'welkom01', {}, ['COMMON']],
    ['Welkom123 (case-insensitive)', 'Welkom123', {}, ['COMMON']],
    ['PASSWORD (case-insensitive)', 'PASSWORD', {}, ['COMMON']],
    ['a common password with extra characters is not on the list', 'wachtwoord1!x7', {}, []],
    ['contains the e-mail local part', 'annie.smit-2026!', { email: 'annie.smit@utrecht.nl' }, ['CONTAINS_EMAIL']],
    ['contains it in other case', 'Mijn-ANNIE.SMIT-99', { email: 'Annie.Smit@Utrecht.nl' }, ['CONTAINS_EMAIL']],
    ['local part of exactly 4 characters counts', 'hallo-anna-2026', { email: 'anna@x.nl' }, ['CONTAINS_EMAIL']],
    ['local part of 3 characters is ignored', 'Bob-is-een-naam-9', { email: 'bob@utrecht.nl' }, []],
    ['only the domain is not the local part', 'utrecht-stad-2026', { email: 'piet@utrecht.nl' }, []],
    ['no e-mail given', 'annie.smit-2026!', {}, []],
    ['empty e-mail', 'annie.smit-2026!', { email: '' }, []],
    ['common and the e-mail', 'welkom01', { email: 'welkom01@x.nl' }, ['COMMON', 'CONTAINS_EMAIL']],
    ['empty password', '', {}, ['TOO_SHORT']],
  ])('%s → %j', (_case, password, context, expected) => {
    expect(checkPassword(password, context)).toEqual(expected);
  });

  it('works without a context', () => {
    expect(checkPassword('kort')).toEqual(['TOO_SHORT']);
  });
});

describe('COMMON_PASSWORDS', () => {
  it('holds about two hundred entries, all lowercase', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(180);
    expect(COMMON_PASSWORDS.size).toBeLessThanOrEqual(300);
    for (const p of COMMON_PASSWORDS) expect(p).toBe(p.toLowerCase());
  });

  it.each(['welkom01', 'wachtwoord', 'wachtwoord1', 'qwerty123', 'password', '12345678', 'welkom123', '123456789', 'geheim123'])('includes %s', (p) => {
    expect(COMMON_PASSWORDS.has(p)).toBe(true);
  });
});
