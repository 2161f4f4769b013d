import type { Language } from '@kijkje/domain';
import { findingsSharedMail, placeInProgrammeMail, reportSharedMail, visitInvitationMail } from './event-mails';
import type { MailContent } from './mail-content';
import { renderMail } from './mail-layout';
import { digestMail, notificationMail } from './notification-mails';
import { invitationMail, passwordChangedMail, passwordResetMail } from './security-mails';

/** A name and an organisation that try to inject markup: they must come out as text. */
const EVIL = '<script>alert(1)</script> & "Jansen"';
const LINK = 'https://kijkje.example/pad/AbC_dEf-123?x=1&y=2';
const when = new Date('2026-03-29T12:00:00Z');

const templates: Record<string, (language: Language) => MailContent> = {
  invitation: (language) => invitationMail({ name: EVIL, language }, { network: EVIL, role: 'MEMBER', link: LINK, expiresAt: when }),
  passwordReset: (language) => passwordResetMail({ name: EVIL, language }, { link: LINK, minutes: 60 }),
  passwordChanged: (language) => passwordChangedMail({ name: EVIL, language }, { link: LINK, at: when }),
  findingsShared: (language) => findingsSharedMail({ name: EVIL, language }, { organisation: EVIL, count: 3, deadline: when, link: LINK }),
  reportShared: (language) => reportSharedMail({ name: EVIL, language }, { organisation: EVIL, deadline: when, link: LINK }),
  notification: (language) => notificationMail({ name: EVIL, language }, { kind: 'ADDED_TO_VISIT_TEAM', network: EVIL, link: LINK, settingsLink: LINK }),
  digest: (language) =>
    digestMail({ name: EVIL, language }, { items: [{ kind: 'REPLY_RECEIVED', network: EVIL, link: LINK }], link: LINK, settingsLink: LINK }),
  visitInvitation: (language) =>
    visitInvitationMail({ name: EVIL, language }, { host: EVIL, start: when, end: new Date('2026-03-29T15:00:00Z'), location: EVIL, link: LINK }),
  placeInProgramme: (language) => placeInProgrammeMail({ name: EVIL, language }, { organisation: EVIL, programme: EVIL, link: LINK }),
};

const DUTCH = /\b(Beste|U krijgt deze e-mail)\b/;
const ENGLISH = /\b(Dear|You get this e-mail)\b/;

describe.each(Object.entries(templates))('mail template %s', (_name, template) => {
  it.each(['nl', 'en'] as const)('renders in %s: HTML and text carry the link, user input is escaped', (language) => {
    const content = template(language);
    const mail = renderMail(content);
    expect(mail.subject).toBe(content.subject);
    // The HTML: the page's language, the product name, the link (as an attribute and as visible text), the reason.
    expect(mail.html).toContain(`<html dir="ltr" lang="${language}"`);
    expect(mail.html).toContain('Kijkje');
    expect(mail.html).toContain(`href="${LINK.replace(/&/g, '&amp;')}"`);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('"Jansen"');
    // The text part: the bare link on a line of its own, and the same reason.
    expect(mail.text.split('\n')).toContain(LINK);
    expect(mail.text).toContain(content.reason);
    expect(mail.text).toMatch(language === 'nl' ? DUTCH : ENGLISH);
    expect(mail.text).not.toMatch(language === 'nl' ? ENGLISH : DUTCH);
  });
});

describe('mail dates', () => {
  it('writes dates in the recipient’s language, in Dutch time', () => {
    const late = new Date('2026-03-29T23:30:00Z'); // already 30 March in Amsterdam
    expect(renderMail(templates['reportShared']('nl')).text).toContain('29 maart 2026');
    expect(reportSharedMail({ name: 'A', language: 'en' }, { organisation: 'O', deadline: late, link: LINK }).paragraphs[0]).toContain('30 March 2026');
  });
});
