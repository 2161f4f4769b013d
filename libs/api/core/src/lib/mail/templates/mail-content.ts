import type { Language } from '@kijkje/domain';

/**
 * What a mail says, independent of how it looks: the shared layout turns it into HTML and the
 * plain-text part says the same in the same order. Every string is plain text (user input
 * included); the layout escapes it, so no template ever writes markup.
 */
export interface MailContent {
  language: Language;
  subject: string;
  /** Shown by mail programs next to the subject. */
  preview: string;
  greeting: string;
  paragraphs: string[];
  /** Pages the paragraphs point to besides the action: a sentence, then its link (an HTML link, and the bare link on its own line in text). */
  links?: MailLink[];
  /** The one thing to do, as a button in HTML and a bare link in text (links stay intact). */
  action?: { label: string; href: string };
  /** Paragraphs after the action (e.g. "did not ask for this?"). */
  after?: string[];
  /** Footer: why this person gets this mail. */
  reason: string;
  /**
   * The same mail in the other language, after this one (for an address whose language nobody
   * knows yet: Dutch first, English second). Its action is the same link.
   */
  translation?: MailContent;
}

/** A sentence that leads to a page, and the page. */
export interface MailLink {
  text: string;
  href: string;
}

/** One mail in both languages: Dutch first, then English, for a recipient who has not chosen. */
export function inBothLanguages(nl: MailContent, en: MailContent): MailContent {
  return { ...nl, subject: `${nl.subject} / ${en.subject}`, translation: en };
}

/** A recipient: address, name for the greeting, and the language they chose (Dutch unless they said otherwise). */
export interface MailRecipient {
  email: string;
  name: string;
  language: Language;
}

export const asLanguage = (value: string | null | undefined): Language => (value === 'en' ? 'en' : 'nl');

/** A date as people read it in the Netherlands, in the recipient's language. */
export function longDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date);
}

export const greeting = (language: Language, name: string) => (language === 'en' ? `Dear ${name},` : `Beste ${name},`);
