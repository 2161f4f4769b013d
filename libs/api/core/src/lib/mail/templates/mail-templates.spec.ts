import type { Language } from '@kijkje/domain';
import { findingsSharedMail, placeInProgrammeMail, reportSharedMail, visitInvitationMail, visitLeftTeamMail } from './event-mails';
import { deadlineReminderMail } from './deadline-reminder-mails';
import { inBothLanguages, type MailContent } from './mail-content';
import { meetingRoleMail, type MeetingRole, type MeetingRoleMailKind } from './meeting-role-mails';
import { meetingRegistrationMail, meetingReminderMail, type MeetingMailKind } from './meeting-mails';
import { membershipAdmittedMail } from './membership-mails';
import { trackSessionMail, trackSessionReminderMail, trackSessionTablesMail, type TrackSessionMailKind } from './track-session-mails';
import { trackWithoutFacilitatorMail } from './track-mails';
import { previewText, renderMail } from './mail-layout';
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
  visitLeftTeam: (language) => visitLeftTeamMail({ name: EVIL, language }, { host: EVIL, start: when, end: new Date('2026-03-29T15:00:00Z'), link: LINK }),
  membershipAdmitted: (language) => membershipAdmittedMail({ name: EVIL, language }, { network: EVIL, link: LINK }),
  placeInProgramme: (language) => placeInProgrammeMail({ name: EVIL, language }, { organisation: EVIL, programme: EVIL, link: LINK }),
  trackWithoutFacilitator: (language) => trackWithoutFacilitatorMail({ name: EVIL, language }, { track: EVIL, link: LINK, settingsLink: LINK }),
  ...Object.fromEntries(
    (['REGISTERED', 'PROMOTED', 'WAITLISTED', 'MOVED', 'WITHDRAWN', 'CANCELLED'] as MeetingMailKind[]).map((kind) => [
      `meeting ${kind}`,
      (language: Language) =>
        meetingRegistrationMail(
          { name: EVIL, language },
          {
            kind,
            title: EVIL,
            start: when,
            end: new Date('2026-03-29T15:00:00Z'),
            where: EVIL,
            link: LINK,
            calendar: kind === 'WAITLISTED' ? null : 'PUBLISH',
            position: 2,
          },
        ),
    ]),
  ),
  ...Object.fromEntries(
    (['FACILITATOR', 'TABLE_HOST'] as MeetingRole[]).flatMap((role) =>
      (['ASSIGNED', 'REMOVED', 'MOVED', 'CANCELLED'] as MeetingRoleMailKind[]).map((kind) => [
        `meetingRole ${role} ${kind}`,
        (language: Language) =>
          meetingRoleMail(
            { name: EVIL, language },
            {
              role,
              kind,
              tables: [EVIL, EVIL],
              title: EVIL,
              start: when,
              end: new Date('2026-03-29T15:00:00Z'),
              where: EVIL,
              link: LINK,
              calendar: kind === 'REMOVED' || kind === 'CANCELLED' ? 'CANCEL' : 'PUBLISH',
              place: kind === 'REMOVED' ? 'REGISTERED' : null,
            },
          ),
      ]),
    ),
  ),
  ...Object.fromEntries(
    (['FACILITATOR', 'TABLE_HOST'] as MeetingRole[]).map((role) => [
      `meetingReminder ${role}`,
      (language: Language) =>
        meetingReminderMail(
          { name: EVIL, language },
          {
            title: EVIL,
            start: when,
            end: new Date('2026-03-29T15:00:00Z'),
            where: EVIL,
            link: LINK,
            stage: 'WEEK_BEFORE',
            settingsLink: LINK,
            role,
            tables: [EVIL],
          },
        ),
    ]),
  ),
  ...Object.fromEntries(
    (['WEEK_BEFORE', 'DAY_BEFORE'] as const).map((stage) => [
      `meetingReminder ${stage}`,
      (language: Language) =>
        meetingReminderMail(
          { name: EVIL, language },
          { title: EVIL, start: when, end: new Date('2026-03-29T15:00:00Z'), where: EVIL, link: LINK, stage, settingsLink: LINK },
        ),
    ]),
  ),
  ...Object.fromEntries(
    (['ADDED', 'MOVED', 'REMOVED', 'TRACK_CLOSED', 'JOINED', 'LEFT'] as TrackSessionMailKind[]).map((kind) => [
      `trackSession ${kind}`,
      (language: Language) =>
        trackSessionMail(
          { name: EVIL, language },
          {
            kind,
            track: EVIL,
            sessions: [{ title: EVIL, start: when, end: new Date('2026-03-29T15:00:00Z'), place: EVIL }],
            facilitator: kind === 'LEFT',
            calendar: kind === 'REMOVED' || kind === 'TRACK_CLOSED' || kind === 'LEFT' ? 'CANCEL' : 'PUBLISH',
            link: LINK,
          },
        ),
    ]),
  ),
  ...Object.fromEntries(
    (['WEEK_BEFORE', 'DAY_BEFORE'] as const).map((stage) => [
      `trackSessionReminder ${stage}`,
      (language: Language) =>
        trackSessionReminderMail(
          { name: EVIL, language },
          { track: EVIL, session: { title: EVIL, start: when, end: new Date('2026-03-29T15:00:00Z'), place: EVIL }, stage, link: LINK, settingsLink: LINK },
        ),
    ]),
  ),
  ...Object.fromEntries(
    [true, false].map((facilitator) => [
      `trackSessionTables ${facilitator ? 'facilitator' : 'participant'}`,
      (language: Language) =>
        trackSessionTablesMail(
          { name: EVIL, language },
          {
            track: EVIL,
            session: { title: EVIL, start: when, end: new Date('2026-03-29T15:00:00Z'), place: EVIL },
            facilitator,
            tablesLink: LINK,
            link: LINK,
          },
        ),
    ]),
  ),
  ...Object.fromEntries(
    (['PREPARATION', 'REPLY', 'REPORT'] as const).flatMap((deadline) =>
      (['WEEK_BEFORE', 'OVERDUE'] as const).map((stage) => [
        `deadlineReminder ${deadline} ${stage}`,
        (language: Language) =>
          deadlineReminderMail({ name: EVIL, language }, { organisation: EVIL, deadline, stage, due: when, link: LINK, settingsLink: LINK }),
      ]),
    ),
  ),
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

describe('the preview line', () => {
  // A title full of emoji, such as a session named by a user: one straddles the 150th code unit.
  const preview = `${'a'.repeat(149)}😀 en meer 👩‍👩‍👧 tekst`;

  it('is cut between whole characters, so the rendered mail is well-formed text (jsonb refuses half an emoji)', () => {
    const mail = renderMail({ ...templates['reportShared']('nl'), preview });
    expect(mail.html.isWellFormed()).toBe(true);
    expect(JSON.stringify(mail)).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/iu);
  });

  it('keeps a short preview whole and never cuts inside a grapheme', () => {
    expect(previewText('Kort 😀')).toBe('Kort 😀');
    expect(previewText(preview)).toBe('a'.repeat(149));
    expect(previewText(`${'b'.repeat(145)}👩‍👩‍👧 en verder`)).toBe('b'.repeat(145));
    expect(previewText('c'.repeat(200))).toHaveLength(150);
  });
});

describe('mail dates', () => {
  it('writes dates in the recipient’s language, in Dutch time', () => {
    const late = new Date('2026-03-29T23:30:00Z'); // already 30 March in Amsterdam
    expect(renderMail(templates['reportShared']('nl')).text).toContain('29 maart 2026');
    expect(reportSharedMail({ name: 'A', language: 'en' }, { organisation: 'O', deadline: late, link: LINK }).paragraphs[0]).toContain('30 March 2026');
  });
});

describe('deadline reminder mails', () => {
  it('name the deadline with weekday, date and time in Dutch time, in the recipient’s language', () => {
    const due = new Date('2027-04-16T21:59:59Z'); // the end of Friday 16 April, summer time
    const nl = deadlineReminderMail(
      { name: 'Lieke', language: 'nl' },
      { organisation: 'Utrecht', deadline: 'REPLY', stage: 'DAY_BEFORE', due, link: LINK, settingsLink: LINK },
    );
    expect(nl.paragraphs[0]).toContain('vrijdag 16 april 2027 om 23:59');
    expect(nl.subject).toBe('Kijkje herinnering: reageer op de bevindingen van het bezoek aan Utrecht');
    const en = deadlineReminderMail(
      { name: 'Lieke', language: 'en' },
      { organisation: 'Utrecht', deadline: 'REPORT', stage: 'OVERDUE', due, link: LINK, settingsLink: LINK },
    );
    expect(en.paragraphs[0]).toContain('Friday, 16 April 2027 at 23:59');
    expect(en.subject).toBe('Kijkje reminder: the visit report of Utrecht is late');
  });
});

describe('meeting mails', () => {
  const meeting = {
    title: 'Werkbijeenkomst Zwolle',
    start: new Date('2030-05-14T11:30:00Z'),
    end: new Date('2030-05-14T15:00:00Z'),
    where: 'Stadhuis',
    link: LINK,
  };

  it('name the meeting’s time in Dutch time and say what is attached', () => {
    const registered = meetingRegistrationMail({ name: 'Lieke', language: 'nl' }, { ...meeting, kind: 'REGISTERED', calendar: 'PUBLISH' });
    expect(registered.subject).toBe('Kijkje: u bent aangemeld voor Werkbijeenkomst Zwolle');
    expect(registered.paragraphs).toEqual([
      'U bent aangemeld voor de werkbijeenkomst Werkbijeenkomst Zwolle op dinsdag 14 mei 2030, 13:30–17:00, Stadhuis.',
      'De uitnodiging voor uw agenda zit als bijlage bij dit bericht.',
    ]);
    const waitlisted = meetingRegistrationMail({ name: 'Lieke', language: 'en' }, { ...meeting, kind: 'WAITLISTED', calendar: null, position: 3 });
    expect(waitlisted.paragraphs).toEqual([expect.stringContaining('You are number 3 on the waitlist.')]);
    expect(meetingRegistrationMail({ name: 'L', language: 'nl' }, { ...meeting, kind: 'MOVED', calendar: 'PUBLISH' }).paragraphs[1]).toContain('bijgewerkte');
    expect(meetingRegistrationMail({ name: 'L', language: 'nl' }, { ...meeting, kind: 'CANCELLED', calendar: 'CANCEL' }).paragraphs[1]).toContain('annulering');
    const assigned = meetingRoleMail({ name: 'Bo', language: 'nl' }, { ...meeting, role: 'FACILITATOR', kind: 'ASSIGNED', calendar: 'PUBLISH' });
    expect(assigned.subject).toBe(`Kijkje: u begeleidt ${meeting.title}`);
    expect(assigned.paragraphs[1]).toBe('De uitnodiging voor uw agenda zit als bijlage bij dit bericht.');
    const removed = meetingRoleMail({ name: 'Bo', language: 'en' }, { ...meeting, role: 'FACILITATOR', kind: 'REMOVED', calendar: 'CANCEL' });
    expect(removed.subject).toBe(`Kijkje: you no longer facilitate ${meeting.title}`);
    expect(removed.paragraphs[1]).toContain('cancellation');
    expect(removed.paragraphs[0]).toBe('You no longer facilitate the work meeting Werkbijeenkomst Zwolle on Tuesday, 14 May 2030, 13:30–17:00.');
    // Taken off as facilitator, they no longer host the meeting's tables either: the same mail names them.
    const offTables = (language: Language) =>
      meetingRoleMail({ name: 'Bo', language }, { ...meeting, role: 'FACILITATOR', kind: 'REMOVED', tables: ['Wonen', 'Zorg'], calendar: 'CANCEL' })
        .paragraphs[0];
    expect(offTables('nl')).toBe(
      'U begeleidt de werkbijeenkomst Werkbijeenkomst Zwolle op dinsdag 14 mei 2030, 13:30–17:00 niet meer en bent daarom ook geen tafelvoorzitter meer van de thematafels Wonen en Zorg.',
    );
    expect(offTables('en')).toBe(
      'You no longer facilitate the work meeting Werkbijeenkomst Zwolle on Tuesday, 14 May 2030, 13:30–17:00, and so no longer host the theme tables Wonen and Zorg there either.',
    );
    const facilitating = meetingReminderMail({ name: 'Bo', language: 'nl' }, { ...meeting, stage: 'WEEK_BEFORE', settingsLink: LINK, role: 'FACILITATOR' });
    expect(facilitating.paragraphs[0]).toMatch(/^Een herinnering: u begeleidt de werkbijeenkomst /);
    // A table host is asked to host a named table, in their language; one who holds the meeting already gets no second invitation.
    const host = meetingRoleMail(
      { name: 'Sanne', language: 'nl' },
      { ...meeting, role: 'TABLE_HOST', kind: 'ASSIGNED', tables: ['Wmo & Jeugd'], calendar: 'PUBLISH' },
    );
    expect(host.subject).toBe('Kijkje: u bent tafelvoorzitter bij Werkbijeenkomst Zwolle');
    expect(host.paragraphs).toEqual([
      'U bent tafelvoorzitter van de thematafel Wmo & Jeugd bij de werkbijeenkomst Werkbijeenkomst Zwolle op dinsdag 14 mei 2030, 13:30–17:00, Stadhuis. ' +
        'U ordent de kaartjes van de tafel en markeert de opbrengsten.',
      'De uitnodiging voor uw agenda zit als bijlage bij dit bericht.',
    ]);
    const hostEn = meetingRoleMail(
      { name: 'Sam', language: 'en' },
      { ...meeting, role: 'TABLE_HOST', kind: 'ASSIGNED', tables: ['Wmo', 'Jeugd'], calendar: 'KEEP' },
    );
    expect(hostEn.subject).toBe('Kijkje: you host a table at Werkbijeenkomst Zwolle');
    expect(hostEn.paragraphs).toEqual([
      expect.stringMatching(/^You host the theme tables Wmo and Jeugd at the work meeting /),
      'The appointment is in your calendar already.',
    ]);
    const offTable = meetingRoleMail(
      { name: 'Sanne', language: 'nl' },
      { ...meeting, role: 'TABLE_HOST', kind: 'REMOVED', tables: ['Wmo & Jeugd'], calendar: 'KEEP' },
    );
    expect(offTable.subject).toBe('Kijkje: u bent geen tafelvoorzitter meer bij Werkbijeenkomst Zwolle');
    expect(offTable.paragraphs[1]).toBe('De afspraak blijft in uw agenda staan, want u bent er nog op een andere manier bij.');
    // Off the table and out of their place at once: one mail names both, then what the attached file does.
    const offTableAndPlace = (language: Language, place: 'REGISTERED' | 'WAITLISTED') =>
      meetingRoleMail({ name: 'Sanne', language }, { ...meeting, role: 'TABLE_HOST', kind: 'REMOVED', tables: ['Wmo'], calendar: 'CANCEL', place });
    expect(offTableAndPlace('nl', 'REGISTERED')).toMatchObject({
      subject: 'Kijkje: u bent geen tafelvoorzitter meer bij Werkbijeenkomst Zwolle en afgemeld',
      paragraphs: [
        'U bent niet langer tafelvoorzitter van de thematafel Wmo bij de werkbijeenkomst Werkbijeenkomst Zwolle op dinsdag 14 mei 2030, 13:30–17:00.',
        'Ook uw aanmelding voor deze bijeenkomst is vervallen: uw plaats is vrijgegeven.',
        'De annulering in de bijlage haalt de afspraak uit uw agenda.',
      ],
    });
    expect(offTableAndPlace('en', 'WAITLISTED')).toMatchObject({
      subject: 'Kijkje: you no longer host a table at Werkbijeenkomst Zwolle and are no longer registered',
      paragraphs: [
        'You no longer host the theme table Wmo at the work meeting Werkbijeenkomst Zwolle on Tuesday, 14 May 2030, 13:30–17:00.',
        'Your place on the waitlist of this meeting has ended as well.',
        'The cancellation attached to this message takes the appointment out of your calendar.',
      ],
    });
    const hosting = meetingReminderMail(
      { name: 'Sanne', language: 'nl' },
      { ...meeting, stage: 'DAY_BEFORE', settingsLink: LINK, role: 'TABLE_HOST', tables: ['Wmo & Jeugd'] },
    );
    expect(hosting.paragraphs[0]).toMatch(
      /^Een herinnering: u bent tafelvoorzitter van de thematafel Wmo & Jeugd bij de werkbijeenkomst Werkbijeenkomst Zwolle op /,
    );
    expect(meetingRegistrationMail({ name: 'L', language: 'en' }, { ...meeting, kind: 'WITHDRAWN', calendar: 'KEEP' }).paragraphs[1]).toBe(
      'The appointment stays in your calendar, as you still take part in another way.',
    );
    const reminder = meetingReminderMail({ name: 'L', language: 'nl' }, { ...meeting, stage: 'DAY_BEFORE', settingsLink: LINK });
    expect(reminder.subject).toBe('Kijkje herinnering: Werkbijeenkomst Zwolle, dinsdag 14 mei 2030, 13:30–17:00');
  });
});

describe('track session mails', () => {
  const workshop = { title: 'Workshop sturing', start: new Date('2030-05-14T11:30:00Z'), end: new Date('2030-05-14T15:00:00Z'), place: 'VU' };
  const closing = { ...workshop, title: 'Slotbijeenkomst', place: '' };

  it('name each session with its Dutch time and place, and say what the attached file does', () => {
    const joined = trackSessionMail(
      { name: 'Lieke', language: 'nl' },
      { kind: 'JOINED', track: 'Veranderlab', sessions: [workshop, closing], facilitator: false, calendar: 'PUBLISH', link: LINK },
    );
    expect(joined.subject).toBe('Kijkje: de bijeenkomsten van Veranderlab voor uw agenda');
    expect(joined.paragraphs).toEqual([
      'U bent toegelaten tot de leergang Veranderlab. Dit zijn de bijeenkomsten die nog komen:',
      'Workshop sturing: dinsdag 14 mei 2030, 13:30–17:00, VU',
      'Slotbijeenkomst: dinsdag 14 mei 2030, 13:30–17:00',
      'De uitnodigingen voor uw agenda zitten als bijlagen bij dit bericht, één per afspraak.',
    ]);
    const moved = trackSessionMail(
      { name: 'Emma', language: 'en' },
      { kind: 'MOVED', track: 'Veranderlab', sessions: [workshop], facilitator: true, calendar: 'PUBLISH', link: LINK },
    );
    expect(moved.subject).toBe('Kijkje: Workshop sturing (Veranderlab) has changed');
    expect(moved.paragraphs.at(-1)).toContain('updated invitation');
    const left = trackSessionMail(
      { name: 'Bo', language: 'nl' },
      { kind: 'LEFT', track: 'Veranderlab', sessions: [workshop], facilitator: true, calendar: 'CANCEL', link: LINK },
    );
    expect(left.paragraphs[0]).toBe('U begeleidt de leergang Veranderlab niet meer. Deze bijeenkomsten gaan uit uw agenda:');
    expect(left.paragraphs.at(-1)).toContain('annulering');
    const reminder = trackSessionReminderMail(
      { name: 'L', language: 'nl' },
      { track: 'Veranderlab', session: workshop, stage: 'WEEK_BEFORE', link: LINK, settingsLink: LINK },
    );
    expect(reminder.subject).toBe('Kijkje herinnering: Workshop sturing (Veranderlab), dinsdag 14 mei 2030, 13:30–17:00');
    expect(reminder.preview).toBe('Over een week is het zover.');
  });
});

describe('a mail to an address whose language nobody knows yet', () => {
  const both = inBothLanguages(templates['invitation']('nl'), templates['invitation']('en'));
  const mail = renderMail(both);

  it('says everything in Dutch first, then in English, marked as English, with the same link', () => {
    expect(mail.subject).toBe(`Uitnodiging voor ${EVIL} in Kijkje / Invitation to ${EVIL} in Kijkje`);
    expect(mail.html).toContain('<html dir="ltr" lang="nl"');
    const dutch = mail.html.indexOf('Beste');
    const english = mail.html.indexOf('Dear');
    expect(dutch).toBeGreaterThan(0);
    expect(english).toBeGreaterThan(dutch);
    const dutchReason = mail.html.indexOf('U krijgt deze e-mail');
    expect(mail.html.indexOf('lang="en"')).toBeGreaterThan(dutchReason);
    expect(mail.html.indexOf('lang="en"')).toBeLessThan(english);
    expect(mail.html.split(`href="${LINK.replace(/&/g, '&amp;')}"`)).toHaveLength(5);
    expect(mail.html).not.toContain('<script>');
    const text = mail.text;
    expect(text.indexOf('Beste')).toBeLessThan(text.indexOf('Dear'));
    expect(text.split('\n').filter((line) => line === LINK)).toHaveLength(2);
    expect(text).toMatch(/-- \nKijkje\nYou get this e-mail/);
  });

  it('is not what a person with a chosen language gets', () => {
    expect(renderMail(templates['invitation']('en')).html).not.toContain('Beste');
  });
});
