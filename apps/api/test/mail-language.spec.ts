import { codeOf } from './support/gql-client';
import { linkFor, outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, PASSWORD, signedIn, type World } from './support/world';

const SET = `mutation($l: Language!) { setMyLanguage(language: $l) { language user { id } } }`;

/** Each person's language is remembered on their account and chooses the language of their mails. */
describe('language per account', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('is Dutch until the person chooses, and is kept for the next sign-in', async () => {
    const member = await signedIn(t, world.a.member);
    expect((await member.ok(`{ viewer { language } }`)).viewer.language).toBe('NL');
    expect((await member.ok(SET, { l: 'EN' })).setMyLanguage).toEqual({ language: 'EN', user: { id: world.a.member.id } });
    const later = t.client();
    expect(codeOf(await later.signIn(world.a.member.email, PASSWORD))).toBe('OK');
    expect((await later.ok(`{ viewer { language } }`)).viewer.language).toBe('EN');
    await member.ok(SET, { l: 'NL' });
  });

  it('refuses a signed-out caller and a language it does not know', async () => {
    expect(codeOf(await t.client().gql(SET, { l: 'EN' }))).toBe('UNAUTHENTICATED');
    const member = await signedIn(t, world.a.member);
    expect(codeOf(await member.gql(SET, { l: 'DE' }))).toBe('BAD_USER_INPUT');
    expect((await member.ok(`{ viewer { language } }`)).viewer.language).toBe('NL');
  });

  it('writes a security mail in the recipient’s language, as HTML and plain text with the same link', async () => {
    const b = await signedIn(t, world.b.member);
    await b.ok(SET, { l: 'EN' });
    await t.client().ok(`mutation { requestPasswordReset(input: { email: "${world.b.member.email}" }) }`);
    await t.client().ok(`mutation { requestPasswordReset(input: { email: "${world.a.coordinator.email}" }) }`);
    const mails = await outbox(t);
    const english = mails.filter((m) => m.to.includes(world.b.member.email)).at(-1)!;
    const dutch = mails.filter((m) => m.to.includes(world.a.coordinator.email)).at(-1)!;
    expect(english.subject).toBe('Kijkje: set a new password');
    expect(english.body).toContain('Dear ');
    expect(english.body).not.toContain('Beste ');
    expect(dutch.subject).toBe('Kijkje: nieuw wachtwoord instellen');
    expect(dutch.body).toContain('Beste ');
    expect(dutch.body).not.toContain('Dear ');
    for (const mail of [english, dutch]) {
      expect(mail.raw).toMatch(/Content-Type: multipart\/alternative/i);
      expect(mail.raw).toMatch(/Content-Type: text\/plain/i);
      expect(mail.raw).toMatch(/Content-Type: text\/html/i);
      // Security mails can never be switched off, so they never offer to unsubscribe.
      expect(mail.raw).not.toMatch(/^List-Unsubscribe/im);
    }
    const token = await linkFor(t, world.b.member.email, 'wachtwoord-herstellen');
    const links = english.body.match(new RegExp(`/wachtwoord-herstellen/${token}`, 'g')) ?? [];
    expect(links.length).toBeGreaterThanOrEqual(3); // the text part, the button and the link under it
  });
});
