import type { TFunction } from 'i18next';
import type { VisitRelation } from '@kijkje/web/data-access';
import { DUTCH_TIME_ZONE } from '@kijkje/domain';
import { localeOf, toLang, formatDate } from '@kijkje/web/ui';

/** A bilingual message from the API in the reader's language. */
export function localised(message: { nl: string; en: string }, lang: string): string {
  return toLang(lang) === 'en' ? message.en : message.nl;
}

/** A visit day ("2026-03-10", Dutch time) as a date in words; midday so no time zone moves it. */
export function formatDay(day: string | null | undefined, lang: string): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return '';
  return formatDate(`${day}T12:00:00Z`, lang);
}

/**
 * When a visit takes place, in the reader's language and always in Dutch time: "woensdag 10 maart
 * 2027 09:30–16:00"; a visit across midnight names both days. Without times: the day alone.
 */
export function formatVisitTime(visit: { startsOn?: string | null; startsAt?: string | null; endsAt?: string | null }, lang: string): string {
  if (!visit.startsAt || !visit.endsAt) return formatDay(visit.startsOn, lang);
  const format = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'full', timeStyle: 'short', timeZone: DUTCH_TIME_ZONE });
  return format.formatRange(new Date(visit.startsAt), new Date(visit.endsAt));
}

/** How the reader stands to the visit, in words: host, lead reviewer, reviewer, coordinator. */
export function roleOf(relations: readonly VisitRelation[], t: TFunction): string {
  const roles: string[] = [];
  if (relations.includes('host')) roles.push(t('visits.role.host'));
  if (relations.includes('lead')) roles.push(t('visits.role.lead'));
  else if (relations.includes('reviewer')) roles.push(t('visits.role.reviewer'));
  if (relations.includes('coordinator')) roles.push(t('visits.role.coordinator'));
  if (roles.length === 0) roles.push(t('visits.role.roundMember'));
  return roles.join(', ');
}

/** The time of day in Dutch time, for "saved at 14:03". */
export function formatClock(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(toLang(lang) === 'en' ? 'en-GB' : 'nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** The visit's calendar file (iCalendar), in the reader's language. */
export function calendarHref(visitId: string, lang: string): string {
  return `/export/agenda/bezoek/${encodeURIComponent(visitId)}.ics?taal=${toLang(lang)}`;
}

/** The title of a visit: a review is a visit to its host, a follow-up a conversation with it. */
export function visitTitle(visit: { kind: string; hostOrganisation: { name: string } }, t: TFunction): string {
  return t(visit.kind === 'FOLLOW_UP' ? 'visits.followUpTo' : 'visits.visitTo', { name: visit.hostOrganisation.name });
}
