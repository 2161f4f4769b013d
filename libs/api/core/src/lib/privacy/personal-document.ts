import type { DocSection, DocumentBlock, DocumentLanguage, KijkjeDocument } from '@kijkje/api/documents';
import type { AuditEntry, NetworkPart, PersonalExport } from './personal-export';

const T = {
  nl: {
    title: 'Mijn gegevens in Kijkje',
    made: (at: string) => `Opgesteld op ${at}`,
    intro: 'Alles wat Kijkje over u bewaart. Hetzelfde staat volledig in de JSON-download.',
    footer: 'Mijn gegevens · persoonlijk',
    account: 'Account',
    name: 'Naam',
    email: 'E-mailadres',
    language: 'Taal',
    created: 'Aangemaakt op',
    notifications: 'Meldingsinstellingen',
    memberships: 'Lidmaatschappen',
    network: 'Netwerk',
    organisation: 'Organisatie',
    role: 'Rol',
    active: 'Actief',
    yes: 'ja',
    no: 'nee',
    sessions: 'Actieve sessies',
    device: 'Apparaat',
    lastSeen: 'Laatst actief',
    calendar: 'Agenda-abonnement',
    since: 'Sinds',
    secondFactors: 'Tweede factoren',
    none: 'Geen.',
    log: 'Logregels',
    action: 'Handeling',
    when: 'Wanneer',
    findings: 'Bevindingen die u schreef',
    comments: 'Opmerkingen',
    replies: 'Reacties als gastgemeente',
    reportComments: 'Reacties op verslagen',
    planComments: 'Reacties op verbeterplannen',
    roundEvaluations: 'Evaluaties van rondes',
    meetingRegistrations: 'Aanmeldingen voor werkbijeenkomsten',
    meetingCards: 'Kaartjes aan thematafels',
    trackApplications: 'Aanmeldingen voor leergangen',
    trackCaseEntries: 'Logboek van uw casus',
    trackFeedback: 'Feedback op casussen van anderen',
    trackFacilitation: 'Leergangen die u begeleidt',
    meetingFacilitation: 'Werkbijeenkomsten die u begeleidt',
    meetingTableHosting: 'Thematafels waar u tafelvoorzitter van bent',
    applications: 'Aanmeldingen',
    namedAsSpeaker: 'Waar u als spreker genoemd wordt',
    namedAsActionOwner: 'Acties waarbij u genoemd wordt als wie ze uitvoert',
    namedOnVisitAgendas: 'Bezoekprogramma’s waarin u als gesprekspartner genoemd wordt',
  },
  en: {
    title: 'My data in Kijkje',
    made: (at: string) => `Made on ${at}`,
    intro: 'Everything Kijkje keeps about you. The JSON download holds the same in full.',
    footer: 'My data · personal',
    account: 'Account',
    name: 'Name',
    email: 'E-mail address',
    language: 'Language',
    created: 'Created',
    notifications: 'Notification settings',
    memberships: 'Memberships',
    network: 'Network',
    organisation: 'Organisation',
    role: 'Role',
    active: 'Active',
    yes: 'yes',
    no: 'no',
    sessions: 'Active sessions',
    device: 'Device',
    lastSeen: 'Last active',
    calendar: 'Calendar feed',
    since: 'Since',
    secondFactors: 'Second factors',
    none: 'None.',
    log: 'Log entries',
    action: 'Action',
    when: 'When',
    findings: 'Findings you wrote',
    comments: 'Comments',
    replies: 'Replies as host',
    reportComments: 'Comments on reports',
    planComments: 'Comments on action plans',
    roundEvaluations: 'Evaluations of rounds',
    meetingRegistrations: 'Work meeting registrations',
    meetingCards: 'Cards at theme tables',
    trackApplications: 'Applications to learning tracks',
    trackCaseEntries: 'The log of your case',
    trackFeedback: 'Feedback on other people’s cases',
    trackFacilitation: 'Learning tracks you facilitate',
    meetingFacilitation: 'Work meetings you facilitate',
    meetingTableHosting: 'Theme tables you host',
    applications: 'Applications',
    namedAsSpeaker: 'Where you are named as a speaker',
    namedAsActionOwner: 'Actions that name you as who carries them out',
    namedOnVisitAgendas: 'Visit programmes that name you as a conversation partner',
  },
} as const;

type Labels = (typeof T)[DocumentLanguage];

const day = (value: unknown, language: DocumentLanguage) =>
  value ? new Date(String(value)).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: 'Europe/Amsterdam' }) : '–';

const none = (t: Labels): DocumentBlock => ({ kind: 'paragraph', runs: [{ text: t.none }] });

function table(t: Labels, header: string[], rows: string[][]): DocumentBlock {
  return rows.length ? { kind: 'table', header, rows } : none(t);
}

function logBlock(t: Labels, entries: AuditEntry[], language: DocumentLanguage): DocumentBlock {
  return table(
    t,
    [t.when, t.action, ''],
    entries.map((e) => [day(e.createdAt, language), e.action, e.data ? JSON.stringify(e.data) : '']),
  );
}

/** Texts the person wrote, each as its own Markdown block under a small heading. */
function texts(t: Labels, rows: Record<string, unknown>[], language: DocumentLanguage, label: (r: Record<string, unknown>) => string): DocumentBlock[] {
  if (!rows.length) return [none(t)];
  return rows.flatMap((r): DocumentBlock[] => [
    { kind: 'heading', level: 1, text: `${label(r)} · ${day(r['createdAt'] ?? r['updatedAt'] ?? r['submittedAt'], language)}` },
    { kind: 'markdown', source: String(r['text'] ?? r['reviewQuestion'] ?? '') },
  ]);
}

function networkSection(t: Labels, n: NetworkPart, language: DocumentLanguage): DocSection {
  return {
    heading: `${t.network}: ${n.network}`,
    blocks: [],
    subsections: [
      { heading: t.findings, blocks: texts(t, n.findings, language, (r) => `${r['theme']} · ${r['kind']} · ${r['status']}`) },
      { heading: t.comments, blocks: texts(t, n.comments, language, () => t.comments) },
      { heading: t.replies, blocks: texts(t, n.replies, language, (r) => String(r['kind'])) },
      { heading: t.reportComments, blocks: texts(t, n.reportComments, language, () => t.reportComments) },
      { heading: t.planComments, blocks: texts(t, n.planComments, language, () => t.planComments) },
      {
        heading: t.roundEvaluations,
        blocks: texts(t, n.roundEvaluations, language, (r) => ['usefulness', 'safety', 'preparation', 'team'].map((k) => r[k] ?? '–').join(' · ')),
      },
      { heading: t.meetingRegistrations, blocks: texts(t, n.meetingRegistrations, language, (r) => `${r['title']} · ${r['status']}`) },
      { heading: t.meetingCards, blocks: texts(t, n.meetingCards, language, (r) => String(r['kind'])) },
      { heading: t.trackApplications, blocks: texts(t, n.trackApplications, language, (r) => `${r['title']} · ${r['status']} · ${r['caseQuestion'] || '–'}`) },
      { heading: t.trackCaseEntries, blocks: texts(t, n.trackCaseEntries, language, (r) => String(r['day'])) },
      { heading: t.trackFeedback, blocks: texts(t, n.trackFeedback, language, () => t.trackFeedback) },
      { heading: t.trackFacilitation, blocks: texts(t, n.trackFacilitation, language, (r) => String(r['title'])) },
      { heading: t.meetingFacilitation, blocks: texts(t, n.meetingFacilitation, language, (r) => String(r['title'])) },
      {
        heading: t.meetingTableHosting,
        blocks: texts(t, n.meetingTableHosting, language, (r) => `${r['title']} · ${(r['tables'] as string[]).join(', ')}`),
      },
      { heading: t.applications, blocks: texts(t, n.applications, language, (r) => String(r['status'])) },
      { heading: t.namedAsSpeaker, blocks: texts(t, n.namedAsSpeaker, language, (r) => `${r['title']} · ${r['atTime']} · ${r['talk']}`) },
      { heading: t.namedAsActionOwner, blocks: texts(t, n.namedAsActionOwner, language, (r) => String(r['title'])) },
      { heading: t.namedOnVisitAgendas, blocks: texts(t, n.namedOnVisitAgendas, language, (r) => `${r['startTime']} · ${r['topic']}`) },
      { heading: t.log, blocks: [logBlock(t, n.auditEntries, language)] },
    ],
  };
}

/** The download as a readable document, in the person's language. */
export function personalDocument(data: PersonalExport, language: DocumentLanguage): KijkjeDocument {
  const t = T[language];
  const yesNo = (v: boolean) => (v ? t.yes : t.no);
  return {
    language,
    title: t.title,
    subtitle: data.account.name,
    titlePageLines: [t.made(day(data.generatedAt, language)), t.intro],
    footerLabel: t.footer,
    sections: [
      {
        heading: t.account,
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              [t.name, data.account.name],
              [t.email, data.account.email],
              [t.language, data.account.language],
              [t.created, day(data.account.createdAt, language)],
              [t.notifications, JSON.stringify(data.account.notificationSettings)],
            ],
          },
        ],
      },
      {
        heading: t.memberships,
        blocks: [
          table(
            t,
            [t.network, t.organisation, t.role, t.active],
            data.memberships.map((m) => [m.network, m.organisation ?? '–', m.role, yesNo(m.active)]),
          ),
        ],
      },
      {
        heading: t.sessions,
        blocks: [
          table(
            t,
            [t.device, t.created, t.lastSeen],
            data.sessions.map((s) => [s.device ?? '–', day(s.createdAt, language), day(s.lastSeenAt, language)]),
          ),
        ],
      },
      {
        heading: t.calendar,
        blocks: [
          table(
            t,
            [t.since],
            data.calendarFeeds.map((f) => [day(f.createdAt, language)]),
          ),
        ],
      },
      ...(data.secondFactors.length
        ? [
            {
              heading: t.secondFactors,
              blocks: [
                table(
                  t,
                  ['', t.created],
                  data.secondFactors.map((f) => [[f['kind'], f['name']].filter(Boolean).join(': '), day(f['created_at'], language)]),
                ),
              ],
            },
          ]
        : []),
      { heading: t.log, blocks: [logBlock(t, data.accountAuditEntries, language)] },
      ...data.networks.map((n) => networkSection(t, n, language)),
    ],
  };
}
