/**
 * What Kijkje holds about a person, and where (AVG articles 15, 17 and 20). One catalogue that
 * the download ("Mijn gegevens") and the erasure both follow, so that a table added to the one is
 * not forgotten by the other. Each entry says what the export shows of it and what erasure does
 * with it: personal things go, the network's records stay but lose the name.
 */

import { ACCOUNT_LOCATIONS } from './personal-data-account';
import { GATHERING_LOCATIONS } from './personal-data-gatherings';
import { NAMED_LOCATIONS } from './personal-data-named';

/** Where a location lives: on the account (every network) or inside one network (row-level security). */
export type PersonalDataScope = 'account' | 'network';

/**
 * - `full`: the rows as they are; `existence`: only that they exist and their dates (tokens never);
 * - `none`: not part of the download (e.g. secrets).
 */
export type ExportShape = 'full' | 'existence' | 'none';

/**
 * - `delete`: the rows go; `anonymise`: the row stays, its name and e-mail are replaced;
 * - `keep`: the record stays as the network needs it, attributed to a former member;
 * - `scrub`: the row stays, the name and e-mail are removed from its text;
 * - `unlink`: the row stays, the person is taken off it (the column that names them is emptied), as
 *   where they held a place in something that goes on without them (hosting a table).
 */
export type ErasureAction = 'delete' | 'anonymise' | 'keep' | 'scrub' | 'unlink';

export interface PersonalDataLocation {
  /** A stable key, also the section name in the JSON download. */
  key: string;
  table: string;
  /** The column that ties a row to the person: their id, address or, in free text, their name (NAMED_LOCATIONS). */
  personColumn: string;
  scope: PersonalDataScope;
  export: ExportShape;
  erasure: ErasureAction;
  description: { nl: string; en: string };
}

export const PERSONAL_DATA: readonly PersonalDataLocation[] = [
  ...ACCOUNT_LOCATIONS,
  {
    key: 'memberships',
    table: 'membership',
    personColumn: 'user_id',
    scope: 'network',
    export: 'full',
    erasure: 'keep',
    description: { nl: 'Lidmaatschappen: netwerk, organisatie, rol, actief.', en: 'Memberships: network, organisation, role, active.' },
  },
  {
    key: 'findings',
    table: 'finding',
    personColumn: 'author_id',
    scope: 'network',
    export: 'full',
    erasure: 'keep',
    description: { nl: 'Bevindingen die u schreef.', en: 'Findings you wrote.' },
  },
  {
    key: 'comments',
    table: 'finding_comment',
    personColumn: 'author_id',
    scope: 'network',
    export: 'full',
    erasure: 'keep',
    description: { nl: 'Opmerkingen bij bevindingen.', en: 'Comments on findings.' },
  },
  {
    key: 'replies',
    table: 'host_response',
    personColumn: 'responded_by',
    scope: 'network',
    export: 'full',
    erasure: 'keep',
    description: { nl: 'Reacties van de gastgemeente die u gaf.', en: 'Host replies you gave.' },
  },
  {
    key: 'reportComments',
    table: 'visit_report',
    personColumn: 'host_comment_by',
    scope: 'network',
    export: 'full',
    erasure: 'keep',
    description: { nl: 'Reacties op bezoekverslagen die u schreef.', en: 'Comments on visit reports you wrote.' },
  },
  {
    key: 'planComments',
    table: 'plan_action_comment',
    personColumn: 'author_id',
    scope: 'network',
    export: 'full',
    erasure: 'keep',
    description: { nl: 'Reacties op acties van verbeterplannen.', en: 'Comments on actions of action plans.' },
  },
  {
    key: 'roundEvaluations',
    table: 'round_evaluation',
    personColumn: 'user_id',
    scope: 'network',
    export: 'full',
    // The answers are counted without names already; they stay in the round's results, tied to the former member.
    erasure: 'keep',
    description: {
      nl: 'Uw evaluaties van rondes: scores, aanbeveling en toelichting.',
      en: 'Your evaluations of rounds: scores, recommendation and comment.',
    },
  },
  ...GATHERING_LOCATIONS,
  ...NAMED_LOCATIONS,
  {
    key: 'reportRevisions',
    table: 'visit_report_revision',
    personColumn: 'created_by',
    scope: 'network',
    export: 'none',
    erasure: 'scrub',
    description: { nl: 'Bewaarde versies van verslagen: uw naam wordt eruit gehaald.', en: 'Kept report versions: your name is removed from them.' },
  },
  {
    key: 'namedInPublishedMeetingReports',
    table: 'meeting_report_version',
    personColumn: 'content',
    scope: 'network',
    // The same programme as the meeting's items (namedAsSpeaker), frozen when the report was published.
    export: 'none',
    erasure: 'scrub',
    description: {
      nl: 'Gepubliceerde verslagen van werkbijeenkomsten die u in het programma als spreker noemen: daar komt een voormalig lid in uw plaats.',
      en: 'Published reports of work meetings whose programme names you as a speaker: a former member takes your place there.',
    },
  },
  {
    key: 'applications',
    table: 'application',
    personColumn: 'submitted_by',
    scope: 'network',
    export: 'full',
    erasure: 'keep',
    description: { nl: 'Aanmeldingen die u indiende.', en: 'Applications you submitted.' },
  },
  {
    key: 'invitations',
    table: 'invitation',
    personColumn: 'email',
    scope: 'network',
    export: 'none',
    erasure: 'delete',
    description: { nl: 'Uitnodigingen aan uw e-mailadres.', en: 'Invitations to your e-mail address.' },
  },
  {
    key: 'notifications',
    table: 'notification',
    personColumn: 'recipient_id',
    scope: 'network',
    export: 'none',
    erasure: 'delete',
    description: { nl: 'Meldingen voor u.', en: 'Notifications for you.' },
  },
  {
    key: 'auditEntries',
    table: 'audit_event',
    personColumn: 'actor_user_id',
    scope: 'network',
    export: 'full',
    erasure: 'scrub',
    description: {
      nl: 'Logregels waarin u de handelende persoon of het onderwerp bent (zonder e-mailadressen van anderen).',
      en: 'Log entries where you are the actor or the subject (without other people’s e-mail addresses).',
    },
  },
  {
    key: 'mail',
    table: 'job',
    personColumn: 'payload',
    scope: 'account',
    export: 'none',
    erasure: 'delete',
    description: { nl: 'E-mails aan u in de verzendwachtrij.', en: 'E-mails to you in the outgoing queue.' },
  },
  {
    key: 'rateLimits',
    table: 'rate_limit_bucket',
    personColumn: 'key',
    scope: 'account',
    export: 'none',
    erasure: 'delete',
    description: { nl: 'Tellers tegen misbruik van inloggen op uw e-mailadres.', en: 'Sign-in abuse counters keyed on your e-mail address.' },
  },
];

/** The locations the download shows, in catalogue order. */
export function exportedLocations(): PersonalDataLocation[] {
  return PERSONAL_DATA.filter((l) => l.export !== 'none');
}

/** The locations erasure acts on with the given action. */
export function locationsErasedBy(action: ErasureAction): PersonalDataLocation[] {
  return PERSONAL_DATA.filter((l) => l.erasure === action);
}

/** Secret columns that never leave the server, not even in a person's own download. */
export const NEVER_EXPORTED_COLUMNS: readonly string[] = ['password_hash', 'token_hash', 'unsubscribe_token', 'secret', 'ip'];

/** An audit payload as the download shows it: any e-mail address but the person's own is masked. */
export function maskOtherEmails(value: unknown, ownEmail: string): unknown {
  if (typeof value === 'string')
    return value.replace(/[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g, (found) =>
      found.toLowerCase() === ownEmail.toLowerCase() ? found : '[e-mailadres]',
    );
  if (Array.isArray(value)) return value.map((v) => maskOtherEmails(v, ownEmail));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskOtherEmails(v, ownEmail)]));
  return value;
}
