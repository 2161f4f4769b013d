import { NOTIFICATION_TITLES, type NotificationKind } from '@kijkje/domain';
import { greeting, type MailContent, type MailRecipient } from './mail-content';

type To = Pick<MailRecipient, 'name' | 'language'>;

/** Why a notification mail came, and where to change that (the footer of every notification mail). */
export function notificationReason(language: MailRecipient['language'], settingsLink: string): string {
  return language === 'en'
    ? `You get this e-mail because of your notification settings in Kijkje. Change them at ${settingsLink}, or unsubscribe from this kind of e-mail with the link your mail program shows.`
    : `U krijgt deze e-mail door uw meldingsinstellingen in Kijkje. Wijzig ze via ${settingsLink}, of meld u af voor dit soort e-mail met de link die uw mailprogramma toont.`;
}

/** One notification by itself, for kinds whose event has nothing more to say than its title. */
export function notificationMail(to: To, m: { kind: NotificationKind; network: string; link: string; settingsLink: string }): MailContent {
  const title = NOTIFICATION_TITLES[m.kind][to.language];
  return {
    language: to.language,
    subject: `Kijkje: ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    preview: title,
    greeting: greeting(to.language, to.name),
    paragraphs: [to.language === 'en' ? `${title} (${m.network}).` : `${title} (${m.network}).`],
    action: { label: to.language === 'en' ? 'Open in Kijkje' : 'Openen in Kijkje', href: m.link },
    reason: notificationReason(to.language, m.settingsLink),
  };
}

export interface DigestItem {
  kind: NotificationKind;
  network: string;
  link: string;
}

/** The day's notifications that wait for the digest, in one mail. */
export function digestMail(to: To, m: { items: DigestItem[]; link: string; settingsLink: string }): MailContent {
  const lines = m.items.map((i) => `• ${NOTIFICATION_TITLES[i.kind][to.language]} (${i.network}): ${i.link}`);
  if (to.language === 'en')
    return {
      language: 'en',
      subject: `Kijkje: ${m.items.length} notification(s) of today`,
      preview: `${m.items.length} notification(s) of today`,
      greeting: greeting('en', to.name),
      paragraphs: ['This happened in Kijkje since the last overview:', ...lines],
      action: { label: 'All notifications', href: m.link },
      reason: notificationReason('en', m.settingsLink),
    };
  return {
    language: 'nl',
    subject: `Kijkje: ${m.items.length} melding(en) van vandaag`,
    preview: `${m.items.length} melding(en) van vandaag`,
    greeting: greeting('nl', to.name),
    paragraphs: ['Dit gebeurde in Kijkje sinds het vorige overzicht:', ...lines],
    action: { label: 'Alle meldingen', href: m.link },
    reason: notificationReason('nl', m.settingsLink),
  };
}
