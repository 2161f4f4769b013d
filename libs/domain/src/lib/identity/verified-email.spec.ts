import { emailIsVerified } from './verified-email';

describe('emailIsVerified', () => {
  it.each([
    [{ email_verified: true }, true],
    [{ xms_edov: true }, true],
    [{ email_verified: false, xms_edov: true }, true],
    [{}, false],
    [{ email_verified: false }, false],
    [{ email_verified: 'true' }, false],
    [{ xms_edov: 'true' }, false],
    [{ xms_edov: 1 }, false],
  ])('%j → %s', (claims, verified) => expect(emailIsVerified(claims)).toBe(verified));
});
