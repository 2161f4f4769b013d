import { deliverySettings, isNotificationKind, NOTIFICATION_TITLES, type Delivery, type NotificationKind } from '@kijkje/domain';
import { formatDateTime, toLang } from '@kijkje/web/ui';

export interface NotificationLike {
  id: string;
  kind: string;
  createdAt: string;
  read: boolean;
  path: string;
}

/** What happened, in the reader's language; the line itself lives in the domain (shared with the digest mail). */
export function notificationTitle(kind: string, lang: string): string {
  return isNotificationKind(kind) ? NOTIFICATION_TITLES[kind][toLang(lang)] : kind;
}

/** When it happened, in Dutch time and the reader's language. */
export function notificationWhen(createdAt: string, lang: string): string {
  return formatDateTime(createdAt, lang);
}

/** The pages loaded so far as one list: each notification once, newest first. */
export function mergeNotifications<T extends NotificationLike>(...pages: readonly (readonly T[])[]): T[] {
  const byId = new Map<string, T>();
  for (const page of pages) for (const item of page) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id.localeCompare(a.id));
}

/** A link only where the notification leads somewhere inside the app. */
export function subjectLink(path: string | null | undefined): string | null {
  return path && path.startsWith('/') && !path.startsWith('//') ? path : null;
}

/** Every kind in the domain's order with the delivery that applies (the domain's default where the answer lacks one). */
export function settingsByKind(settings: readonly { kind: string; delivery: string }[]): { kind: NotificationKind; delivery: Delivery }[] {
  return deliverySettings(Object.fromEntries(settings.map((s) => [s.kind, s.delivery])));
}
