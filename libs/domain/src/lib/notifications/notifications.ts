import type { Bilingual } from '../messages';

/**
 * What a person can be told about, and how. Security mails (invitations, password resets) are no
 * notification kind: they are sent because someone asked for them and can never be switched off.
 */
export const NOTIFICATION_KINDS = [
  'PLACED_IN_PROGRAMME',
  'ROUND_STARTED',
  'ADDED_TO_VISIT_TEAM',
  'FINDINGS_SHARED',
  'REPLY_RECEIVED',
  'REPORT_SHARED',
  'REPORT_FINALISED',
  'HARVEST_PUBLISHED',
  'DEADLINE_REMINDER',
  'MEMBERSHIP_REQUESTED',
  'ACTION_PLAN_SHARED',
  'EVALUATION_OPENED',
  'MEETING_REPORT_PUBLISHED',
  'MEETING_REMINDER',
  'TRACK_SESSION_REMINDER',
  'TRACK_WITHOUT_FACILITATOR',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Per kind: no mail (the notification still shows in the app), a mail each time, or one mail a day. */
export const DELIVERIES = ['OFF', 'SINGLE', 'DIGEST'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** What is asked of someone at once mails at once; news that asks nothing waits for the daily digest. */
export const DEFAULT_DELIVERY: Readonly<Record<NotificationKind, Delivery>> = {
  PLACED_IN_PROGRAMME: 'SINGLE',
  ROUND_STARTED: 'SINGLE',
  ADDED_TO_VISIT_TEAM: 'SINGLE',
  FINDINGS_SHARED: 'SINGLE',
  REPLY_RECEIVED: 'DIGEST',
  REPORT_SHARED: 'SINGLE',
  REPORT_FINALISED: 'DIGEST',
  HARVEST_PUBLISHED: 'DIGEST',
  DEADLINE_REMINDER: 'SINGLE',
  MEMBERSHIP_REQUESTED: 'SINGLE',
  ACTION_PLAN_SHARED: 'SINGLE',
  EVALUATION_OPENED: 'SINGLE',
  MEETING_REPORT_PUBLISHED: 'DIGEST',
  MEETING_REMINDER: 'SINGLE',
  TRACK_SESSION_REMINDER: 'SINGLE',
  TRACK_WITHOUT_FACILITATOR: 'SINGLE',
};

export const isNotificationKind = (value: unknown): value is NotificationKind => NOTIFICATION_KINDS.includes(value as NotificationKind);
export const isDelivery = (value: unknown): value is Delivery => DELIVERIES.includes(value as Delivery);

/** A person's choices as stored (kind → delivery; anything unknown or missing falls back to the default). */
export type DeliverySettings = Readonly<Record<string, unknown>>;

export function deliveryFor(settings: DeliverySettings | null | undefined, kind: NotificationKind): Delivery {
  const chosen = settings?.[kind];
  return isDelivery(chosen) ? chosen : DEFAULT_DELIVERY[kind];
}

/** Every kind with the delivery that applies to this person, in a stable order. */
export function deliverySettings(settings: DeliverySettings | null | undefined): { kind: NotificationKind; delivery: Delivery }[] {
  return NOTIFICATION_KINDS.map((kind) => ({ kind, delivery: deliveryFor(settings, kind) }));
}

/** What a notification is about. */
export type NotificationSubjectType = 'programme' | 'round' | 'visit' | 'harvest' | 'membership' | 'meeting' | 'track';

/** Where a notification leads in the web app. */
export function notificationPath(kind: NotificationKind, subjectType: NotificationSubjectType, subjectId: string): string {
  switch (subjectType) {
    case 'programme':
      return `/programmas/${subjectId}`;
    case 'round':
      return `/bezoeken`;
    case 'harvest':
      return `/oogsten`;
    case 'membership':
      return `/netwerk/mensen`;
    case 'meeting':
      return `/bijeenkomsten/${subjectId}`;
    case 'track':
      return `/leergangen/${subjectId}`;
    case 'visit':
      if (kind === 'REPORT_SHARED' || kind === 'REPORT_FINALISED') return `/bezoeken/${subjectId}/verslag`;
      if (kind === 'REPLY_RECEIVED') return `/bezoeken/${subjectId}/bevindingen`;
      if (kind === 'ACTION_PLAN_SHARED') return `/bezoeken/${subjectId}/verbeterplan`;
      return `/bezoeken/${subjectId}`;
  }
}

/** One line per kind, for the list in the app and the digest mail. */
export const NOTIFICATION_TITLES: Readonly<Record<NotificationKind, Bilingual>> = {
  PLACED_IN_PROGRAMME: { nl: 'Uw organisatie heeft een plaats in een programma', en: 'Your organisation has a place in a programme' },
  ROUND_STARTED: { nl: 'Uw organisatie is ingedeeld in een ronde die nu gestart is', en: 'Your organisation is in a round that has now started' },
  ADDED_TO_VISIT_TEAM: { nl: 'U bent toegevoegd aan een reviewteam', en: 'You have been added to a review team' },
  FINDINGS_SHARED: { nl: 'Bevindingen van een bezoek zijn met u gedeeld', en: 'Findings of a visit have been shared with you' },
  REPLY_RECEIVED: { nl: 'De gastgemeente heeft gereageerd op een bevinding', en: 'The host has replied to a finding' },
  REPORT_SHARED: { nl: 'Een bezoekverslag is met u gedeeld', en: 'A visit report has been shared with you' },
  REPORT_FINALISED: { nl: 'Een bezoekverslag is definitief', en: 'A visit report is final' },
  HARVEST_PUBLISHED: { nl: 'Er is een oogst gepubliceerd', en: 'A harvest has been published' },
  DEADLINE_REMINDER: { nl: 'Herinnering: een deadline nadert of is verstreken', en: 'Reminder: a deadline is near or has passed' },
  MEMBERSHIP_REQUESTED: {
    nl: 'Iemand vraagt toegang tot het netwerk via de inlog van zijn organisatie',
    en: 'Someone asks to join the network through their organisation’s sign-in',
  },
  ACTION_PLAN_SHARED: {
    nl: 'Een gastgemeente heeft haar verbeterplan met het reviewteam gedeeld',
    en: 'A host has shared its action plan with the review team',
  },
  EVALUATION_OPENED: {
    nl: 'Een ronde waaraan u meedeed is afgesloten: geef uw evaluatie',
    en: 'A round you took part in has closed: give your evaluation',
  },
  MEETING_REPORT_PUBLISHED: {
    nl: 'Het verslag van een werkbijeenkomst waarvoor u was aangemeld is gepubliceerd',
    en: 'The report of a work meeting you registered for has been published',
  },
  MEETING_REMINDER: {
    nl: 'Herinnering: een werkbijeenkomst waarvoor u bent aangemeld komt eraan',
    en: 'Reminder: a work meeting you registered for is coming up',
  },
  TRACK_SESSION_REMINDER: {
    nl: 'Herinnering: een bijeenkomst van een leergang waaraan u meedoet komt eraan',
    en: 'Reminder: a session of a learning track you take part in is coming up',
  },
  TRACK_WITHOUT_FACILITATOR: {
    nl: 'Een leergang heeft geen begeleider meer: wijs er een toe',
    en: 'A learning track no longer has a facilitator: assign one',
  },
};

/** The most notifications one page of the list holds. */
export const NOTIFICATION_PAGE_MAX = 50;
