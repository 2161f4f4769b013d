import type { Language, RemindedDeadline, ReminderStage } from '@kijkje/domain';
import { greeting, type MailContent, type MailRecipient } from './mail-content';
import { notificationReason } from './notification-mails';

type To = Pick<MailRecipient, 'name' | 'language'>;

export interface DeadlineReminderFacts {
  /** The host organisation of the visit. */
  organisation: string;
  deadline: RemindedDeadline;
  stage: ReminderStage;
  due: Date;
  /** The page where the work is done. */
  link: string;
  settingsLink: string;
}

/** A deadline as people read it in the Netherlands: weekday, date and time, in Dutch time. */
export function deadlineMoment(due: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(due);
}

type Texts = { subject: string; preview: string; paragraph: string; action: string };

const DUTCH: Record<RemindedDeadline, (org: string, when: string, overdue: boolean) => Omit<Texts, 'preview'>> = {
  PREPARATION: (org, when, overdue) => ({
    subject: overdue ? `de voorbereiding van het bezoek aan ${org} is te laat` : `dien de voorbereiding van het bezoek aan ${org} in`,
    paragraph: overdue
      ? `De voorbereiding van het bezoek aan ${org} (zelfanalyse en programma van de dag) moest uiterlijk ${when} zijn ingediend en is nog niet ingediend.`
      : `De voorbereiding van het bezoek aan ${org} (zelfanalyse en programma van de dag) moet uiterlijk ${when} zijn ingediend.`,
    action: 'Voorbereiding openen',
  }),
  REPLY: (org, when, overdue) => ({
    subject: overdue ? `de reactietermijn voor het bezoek aan ${org} is verstreken` : `reageer op de bevindingen van het bezoek aan ${org}`,
    paragraph: overdue
      ? `De reactietermijn op de bevindingen van het bezoek aan ${org} is ${when} verstreken. Geef nog aan welke bevindingen geanonimiseerd in de oogst mogen.`
      : `U kunt tot ${when} reageren op de gedeelde bevindingen van het bezoek aan ${org} (hoor en wederhoor) en aangeven welke geanonimiseerd in de oogst mogen.`,
    action: 'Bevindingen lezen en reageren',
  }),
  REPORT: (org, when, overdue) => ({
    subject: overdue ? `het bezoekverslag van ${org} is te laat` : `maak het bezoekverslag van ${org} af`,
    paragraph: overdue
      ? `Het bezoekverslag van het bezoek aan ${org} moest uiterlijk ${when} definitief zijn en is dat nog niet.`
      : `Het bezoekverslag van het bezoek aan ${org} moet uiterlijk ${when} definitief zijn.`,
    action: 'Verslag openen',
  }),
  PROGRESS_REVIEW: (org, when, overdue) => ({
    subject: overdue ? `het voortgangsgesprek van ${org} is te laat` : `schrijf het voortgangsgesprek van ${org}`,
    paragraph: overdue
      ? `Het voortgangsgesprek na het bezoek aan ${org} (een nieuwe foto van nu en de stand van het verbeterplan) moest uiterlijk ${when} zijn ingediend en is nog niet ingediend.`
      : `Het voortgangsgesprek na het bezoek aan ${org} (een nieuwe foto van nu en de stand van het verbeterplan) moet uiterlijk ${when} zijn ingediend.`,
    action: 'Verbeterplan openen',
  }),
};

const ENGLISH: typeof DUTCH = {
  PREPARATION: (org, when, overdue) => ({
    subject: overdue ? `the preparation of the visit to ${org} is late` : `submit the preparation of the visit to ${org}`,
    paragraph: overdue
      ? `The preparation of the visit to ${org} (self-assessment and programme of the day) was due by ${when} and has not been submitted yet.`
      : `The preparation of the visit to ${org} (self-assessment and programme of the day) is due by ${when}.`,
    action: 'Open the preparation',
  }),
  REPLY: (org, when, overdue) => ({
    subject: overdue ? `the reply period for the visit to ${org} has ended` : `reply to the findings of the visit to ${org}`,
    paragraph: overdue
      ? `The reply period for the findings of the visit to ${org} ended ${when}. Please still decide which findings may be used, anonymised, in the harvest.`
      : `You can reply to the shared findings of the visit to ${org} until ${when}, and decide which may be used, anonymised, in the harvest.`,
    action: 'Read and reply to the findings',
  }),
  REPORT: (org, when, overdue) => ({
    subject: overdue ? `the visit report of ${org} is late` : `finish the visit report of ${org}`,
    paragraph: overdue
      ? `The report of the visit to ${org} was due to be final by ${when} and is not final yet.`
      : `The report of the visit to ${org} is due to be final by ${when}.`,
    action: 'Open the report',
  }),
  PROGRESS_REVIEW: (org, when, overdue) => ({
    subject: overdue ? `the progress review of ${org} is late` : `write the progress review of ${org}`,
    paragraph: overdue
      ? `The progress review after the visit to ${org} (a new picture of now and where the action plan stands) was due by ${when} and has not been submitted yet.`
      : `The progress review after the visit to ${org} (a new picture of now and where the action plan stands) is due by ${when}.`,
    action: 'Open the action plan',
  }),
};

const PREVIEW: Record<Language, Record<ReminderStage, string>> = {
  nl: { WEEK_BEFORE: 'Over een week is de deadline.', DAY_BEFORE: 'De deadline is morgen of vandaag.', OVERDUE: 'De deadline is verstreken.' },
  en: { WEEK_BEFORE: 'The deadline is a week away.', DAY_BEFORE: 'The deadline is tomorrow or today.', OVERDUE: 'The deadline has passed.' },
};

/** A reminder before or after a deadline of a visit, with the deadline in Dutch time and a link to where the work is done. */
export function deadlineReminderMail(to: To, m: DeadlineReminderFacts): MailContent {
  const overdue = m.stage === 'OVERDUE';
  const texts = (to.language === 'en' ? ENGLISH : DUTCH)[m.deadline](m.organisation, deadlineMoment(m.due, to.language), overdue);
  const label = to.language === 'en' ? 'reminder' : 'herinnering';
  return {
    language: to.language,
    subject: `Kijkje ${label}: ${texts.subject}`,
    preview: PREVIEW[to.language][m.stage],
    greeting: greeting(to.language, to.name),
    paragraphs: [texts.paragraph],
    action: { label: texts.action, href: m.link },
    reason: notificationReason(to.language, m.settingsLink),
  };
}
