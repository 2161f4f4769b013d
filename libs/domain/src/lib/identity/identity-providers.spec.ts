import { emailDomainsMessage, normaliseEmailDomains, normaliseIssuer } from './identity-providers';

describe('identity providers: e-mail domains and issuer', () => {
  it('keeps e-mail domains lower case, without "@" or duplicates, and names what is no domain', () => {
    expect(normaliseEmailDomains([' Utrecht.NL', '@utrecht.nl', 'zwolle.nl'])).toEqual({ domains: ['utrecht.nl', 'zwolle.nl'], invalid: [] });
    expect(normaliseEmailDomains(['utrecht', 'a b.nl', 'https://x.nl']).invalid).toEqual(['utrecht', 'a b.nl', 'https://x.nl']);
    expect(emailDomainsMessage(['utrecht']).nl).toBe('Geen geldig e-maildomein: utrecht (bijvoorbeeld utrecht.nl).');
    expect(emailDomainsMessage([]).en).toBe('Enter at least one e-mail domain, such as utrecht.nl.');
  });

  it('takes an https issuer without query, fragment or credentials; http only outside production', () => {
    expect(normaliseIssuer(' https://login.microsoftonline.com/abc/v2.0/ ', true)).toBe('https://login.microsoftonline.com/abc/v2.0');
    expect(normaliseIssuer('http://localhost:4000', true)).toBeNull();
    expect(normaliseIssuer('http://localhost:4000', false)).toBe('http://localhost:4000');
    for (const wrong of ['https://a.nl/?x=1', 'https://a.nl/#f', 'https://u:p@a.nl', 'ftp://a.nl', 'geen url'])
      expect(normaliseIssuer(wrong, false)).toBeNull();
  });
});
