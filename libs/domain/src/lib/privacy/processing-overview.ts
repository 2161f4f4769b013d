import type { Bilingual, Language } from '../messages';

/**
 * The processing overview (verwerkingsoverzicht) of a network: what personal data the platform
 * holds for it, whose, why, on which basis (AVG art. 6), how long and who receives it. The
 * coordinator reads and exports it to feed the municipality's own register (AVG art. 30).
 */
export interface ProcessingTerms {
  /** The network's retention of visit material after a programme closes, in years. */
  retentionYears: number;
  /** Sessions end after this much inactivity, and at the latest after the absolute lifetime. */
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Days a sent mail is kept in the outbox (its links are removed at once). */
  mailOutboxDays: number;
}

export interface ProcessingActivity {
  key: string;
  category: Bilingual;
  subjects: Bilingual;
  data: Bilingual;
  purpose: Bilingual;
  legalBasis: Bilingual;
  retention: Bilingual;
  recipients: Bilingual;
}

const PUBLIC_TASK: Bilingual = {
  nl: 'Algemeen belang / publieke taak (AVG art. 6 lid 1 sub e)',
  en: 'Public task (GDPR art. 6(1)(e))',
};
const LEGITIMATE: Bilingual = {
  nl: 'Gerechtvaardigd belang: een veilig en betrouwbaar platform (AVG art. 6 lid 1 sub f)',
  en: 'Legitimate interest: a secure and reliable platform (GDPR art. 6(1)(f))',
};
const CONSENT: Bilingual = { nl: 'Toestemming (AVG art. 6 lid 1 sub a)', en: 'Consent (GDPR art. 6(1)(a))' };
const MEMBERS: Bilingual = { nl: 'Deelnemers van het netwerk', en: 'Participants of the network' };
const COORDINATORS: Bilingual = { nl: 'Coördinatoren van het netwerk', en: 'Coordinators of the network' };
const PROCESSOR: Bilingual = { nl: 'De beheerder van het platform (verwerker)', en: 'The platform operator (processor)' };
const WHILE_ACCOUNT: Bilingual = {
  nl: 'Zolang het account bestaat; daarna verwijderd of geanonimiseerd',
  en: 'As long as the account exists; removed or anonymised afterwards',
};

const both = (nl: string, en: string): Bilingual => ({ nl, en });
/** Two lists of recipients in one sentence: the second goes on in lower case. */
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const and = (a: Bilingual, b: Bilingual): Bilingual => ({ nl: `${a.nl}; ${lower(b.nl)}`, en: `${a.en}; ${lower(b.en)}` });

/** The catalogue for a network, with its own retention and the platform's fixed terms filled in. */
export function processingOverview(terms: ProcessingTerms): ProcessingActivity[] {
  const years = terms.retentionYears;
  return [
    {
      key: 'account',
      category: both('Accountgegevens', 'Account data'),
      subjects: MEMBERS,
      data: both('Naam, e-mailadres, taal, meldingsinstellingen', 'Name, e-mail address, language, notification settings'),
      purpose: both('Toegang tot het platform en contact over het werk', 'Access to the platform and contact about the work'),
      legalBasis: PUBLIC_TASK,
      retention: WHILE_ACCOUNT,
      recipients: and(COORDINATORS, PROCESSOR),
    },
    {
      key: 'signIn',
      category: both('Inloggegevens', 'Sign-in data'),
      subjects: MEMBERS,
      data: both(
        'Sessies met apparaat (browser) en IP-adres; IP-adres in het auditlog',
        'Sessions with device (browser) and IP address; IP address in the audit log',
      ),
      purpose: both('Beveiliging: inloggen, misbruik opsporen, verantwoording', 'Security: signing in, detecting misuse, accountability'),
      legalBasis: LEGITIMATE,
      retention: both(
        `Sessies: ${terms.sessionIdleMinutes} minuten zonder gebruik, hoogstens ${terms.sessionAbsoluteHours} uur; auditlog: zolang het netwerk bestaat`,
        `Sessions: ${terms.sessionIdleMinutes} minutes unused, at most ${terms.sessionAbsoluteHours} hours; audit log: as long as the network exists`,
      ),
      recipients: and(both('De persoon zelf; coördinatoren (auditlog)', 'The person themselves; coordinators (audit log)'), PROCESSOR),
    },
    {
      key: 'memberships',
      category: both('Lidmaatschappen en rollen', 'Memberships and roles'),
      subjects: MEMBERS,
      data: both('Organisatie, rol (coördinator of deelnemer), actief of niet', 'Organisation, role (coordinator or member), active or not'),
      purpose: both('Bepalen wie wat mag zien en doen', 'Deciding who may see and do what'),
      legalBasis: PUBLIC_TASK,
      retention: both(
        'Zolang het netwerk bestaat (gedeactiveerd blijft zichtbaar voor verantwoording)',
        'As long as the network exists (deactivated stays visible for accountability)',
      ),
      recipients: and(both('Deelnemers van het netwerk', 'Participants of the network'), PROCESSOR),
    },
    {
      key: 'applications',
      category: both('Aanmeldingen', 'Applications'),
      subjects: both('Indieners namens gemeenten', 'Submitters on behalf of municipalities'),
      data: both(
        'Indiener, reviewvraag, thema’s, voorkeursperiode, toestemming voor delen',
        'Submitter, review question, themes, preferred period, consent to sharing',
      ),
      purpose: both('Deelname aan een programma organiseren', 'Organising participation in a programme'),
      legalBasis: PUBLIC_TASK,
      retention: both('Zolang het programma bestaat', 'As long as the programme exists'),
      recipients: and(COORDINATORS, PROCESSOR),
    },
    {
      key: 'visitMaterial',
      category: both('Bezoekmateriaal', 'Visit material'),
      subjects: both('Gastgemeenten, visitatoren en genoemde personen', 'Host municipalities, reviewers and people mentioned'),
      data: both(
        'Voorbereidingen (zelfevaluatie, agenda), bevindingen, opmerkingen, reacties, bezoekrapporten en hun versies, verbeterplannen met hun acties en reacties, voortgangsgesprekken, evaluaties van rondes',
        'Preparations (self-assessment, agenda), findings, comments, replies, visit reports and their versions, action plans with their actions and comments, progress reviews, evaluations of rounds',
      ),
      purpose: both('Collegiale visitatie: leren en verbeteren', 'Peer review: learning and improving'),
      legalBasis: PUBLIC_TASK,
      retention: both(
        `${years} jaar na het sluiten van het programma (instelling van het netwerk); daarna verwijderd, alleen het geraamte (welke gemeenten, wanneer) blijft`,
        `${years} years after the programme closes (the network's setting); removed afterwards, only the skeleton (which municipalities, when) remains`,
      ),
      recipients: and(
        both(
          'Het bezoekteam, de gastgemeente en, naar keuze van de gastgemeente, de ronde of het netwerk',
          'The visiting team, the host and, as the host chooses, the round or the network',
        ),
        PROCESSOR,
      ),
    },
    {
      key: 'harvests',
      category: both('Oogsten', 'Harvests'),
      subjects: both('Geen: geanonimiseerd (namen vervangen door pseudoniemen)', 'None: anonymised (names replaced by pseudonyms)'),
      data: both('Samenvattingen en citaten zonder persoonsgegevens', 'Summaries and quotes without personal data'),
      purpose: both('Lessen delen met het netwerk of het publiek', 'Sharing lessons with the network or the public'),
      legalBasis: PUBLIC_TASK,
      retention: both('Gepubliceerde versies blijven bewaard', 'Published versions are kept'),
      recipients: both('Het netwerk of iedereen (openbare oogst)', 'The network or everyone (public harvest)'),
    },
    {
      key: 'notifications',
      category: both('Meldingen en e-mail', 'Notifications and mail'),
      subjects: MEMBERS,
      data: both('Meldingen in de app; e-mails met naam en e-mailadres', 'Notifications in the app; e-mails with name and e-mail address'),
      purpose: both('Mensen op de hoogte houden van hun werk', 'Keeping people informed about their work'),
      legalBasis: PUBLIC_TASK,
      retention: both(
        `Meldingen: zolang het account bestaat; verzonden e-mail: ${terms.mailOutboxDays} dagen in de verzendrij`,
        `Notifications: as long as the account exists; sent mail: ${terms.mailOutboxDays} days in the outbox`,
      ),
      recipients: and(
        both('De ontvanger', 'The recipient'),
        both('De e-mailprovider van het platform (verwerker)', "The platform's mail provider (processor)"),
      ),
    },
    {
      key: 'calendarFeeds',
      category: both('Agenda-abonnementen', 'Calendar feeds'),
      subjects: MEMBERS,
      data: both('Een geheim adres per persoon (alleen de hash wordt bewaard)', 'A secret address per person (only its hash is kept)'),
      purpose: both('Bezoeken in de eigen agenda tonen', 'Showing visits in one’s own calendar'),
      legalBasis: CONSENT,
      retention: both('Tot de persoon het abonnement intrekt of het account verdwijnt', 'Until the person revokes the feed or the account is gone'),
      recipients: both('De agenda-app die de persoon kiest', 'The calendar app the person chooses'),
    },
    {
      key: 'identityProviders',
      category: both('Inloggen via de eigen organisatie', 'Sign-in through one’s organisation'),
      subjects: MEMBERS,
      data: both('Identiteit en e-mailadres zoals de identiteitsprovider ze meldt', 'Identity and e-mail address as the identity provider reports them'),
      purpose: both('Inloggen zonder apart wachtwoord', 'Signing in without a separate password'),
      legalBasis: PUBLIC_TASK,
      retention: both(
        'Inlogpogingen: tot ze verlopen (minuten); de koppeling zolang het account bestaat',
        'Sign-in attempts: until they expire (minutes); the link as long as the account exists',
      ),
      recipients: both('De identiteitsprovider van de organisatie', "The organisation's identity provider"),
    },
    {
      key: 'secondFactors',
      category: both('Tweede factoren', 'Second factors'),
      subjects: MEMBERS,
      data: both(
        'Authenticator-app of passkey (geheimen versleuteld of alleen publieke sleutels)',
        'Authenticator app or passkey (secrets encrypted, or public keys only)',
      ),
      purpose: both('Het account beter beveiligen', 'Protecting the account better'),
      legalBasis: LEGITIMATE,
      retention: both('Tot de persoon de factor verwijdert of het account verdwijnt', 'Until the person removes the factor or the account is gone'),
      recipients: PROCESSOR,
    },
  ];
}

export const PROCESSING_COLUMNS = ['category', 'subjects', 'data', 'purpose', 'legalBasis', 'retention', 'recipients'] as const;

const HEADERS: Record<(typeof PROCESSING_COLUMNS)[number], Bilingual> = {
  category: both('Categorie', 'Category'),
  subjects: both('Betrokkenen', 'Data subjects'),
  data: both('Persoonsgegevens', 'Personal data'),
  purpose: both('Doel', 'Purpose'),
  legalBasis: both('Grondslag', 'Legal basis'),
  retention: both('Bewaartermijn', 'Retention'),
  recipients: both('Ontvangers', 'Recipients'),
};

/** A CSV cell: quoted, quotes doubled, and a leading formula character defused for spreadsheets. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The overview as CSV (semicolon-separated, as Dutch spreadsheets expect, CRLF line ends). */
export function processingOverviewCsv(rows: readonly ProcessingActivity[], language: Language): string {
  const lines = [PROCESSING_COLUMNS.map((c) => cell(HEADERS[c][language]))];
  for (const row of rows) lines.push(PROCESSING_COLUMNS.map((c) => cell(row[c][language])));
  return lines.map((l) => l.join(';')).join('\r\n') + '\r\n';
}
