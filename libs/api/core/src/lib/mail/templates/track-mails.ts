import { greeting, type MailContent, type MailRecipient } from './mail-content';
import { notificationReason } from './notification-mails';

type To = Pick<MailRecipient, 'name' | 'language'>;

/**
 * To the network's coordinators (a notification: it follows their settings), when an open or
 * running learning track lost its last facilitator because that person's role in the network
 * changed or their membership ended (trackNeedsFacilitator): what it means, and what to do.
 */
export function trackWithoutFacilitatorMail(to: To, m: { track: string; link: string; settingsLink: string }): MailContent {
  if (to.language === 'en')
    return {
      language: 'en',
      subject: `Kijkje: the learning track ${m.track} no longer has a facilitator`,
      preview: `${m.track} no longer has a facilitator.`,
      greeting: greeting('en', to.name),
      paragraphs: [
        `The last facilitator of the learning track ${m.track} is no longer a facilitator in the network: their role changed, or their membership ended.`,
        'Until the track has a facilitator again, nobody runs its sessions or reads the cases of its participants. Assign another facilitator on the track.',
      ],
      action: { label: 'Open the learning track', href: m.link },
      reason: notificationReason('en', m.settingsLink),
    };
  return {
    language: 'nl',
    subject: `Kijkje: de leergang ${m.track} heeft geen begeleider meer`,
    preview: `${m.track} heeft geen begeleider meer.`,
    greeting: greeting('nl', to.name),
    paragraphs: [
      `De laatste begeleider van de leergang ${m.track} is geen begeleider meer in het netwerk: de rol is gewijzigd, of het lidmaatschap is beëindigd.`,
      'Zolang de leergang geen begeleider heeft, leidt niemand de bijeenkomsten en leest niemand de casussen van de deelnemers. Wijs bij de leergang een andere begeleider toe.',
    ],
    action: { label: 'Naar de leergang', href: m.link },
    reason: notificationReason('nl', m.settingsLink),
  };
}
