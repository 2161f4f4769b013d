import type { Bilingual } from '../messages';
import type { HarvestVisibility } from './harvest-lifecycle';

/** What the public rule needs to know of one published version. */
export interface PublishedVersionFacts {
  number: number;
  visibility: HarvestVisibility;
  publishedAt: Date;
  /** When the coordinator withdrew this version from the public; null while it was not. */
  withdrawnAt: Date | null;
}

/**
 * What /oogst/<slug> serves: NONE (nothing: the page looks exactly like an unknown slug), PUBLIC
 * (this version, since it was published) or WITHDRAWN (this version was public and was taken
 * down: the page says so).
 */
export type PublicServing = { state: 'NONE' } | { state: 'PUBLIC'; number: number; since: Date } | { state: 'WITHDRAWN'; number: number; withdrawnAt: Date };

export const PUBLIC_SERVING_STATES = ['NONE', 'PUBLIC', 'WITHDRAWN'] as const;
export type PublicServingState = (typeof PUBLIC_SERVING_STATES)[number];

/**
 * DOMAIN.md, Harvest: only the newest version is served, and only while it is PUBLIC. A newer
 * NETWORK version takes an older public one off the page (it does not say "withdrawn": the slug
 * then reads as unknown, as a harvest that was never public does); a public version the
 * coordinator withdrew reads as withdrawn until a newer version is published.
 */
export function publicServing(versions: readonly PublishedVersionFacts[]): PublicServing {
  const newest = versions.reduce<PublishedVersionFacts | null>((best, v) => (best === null || v.number > best.number ? v : best), null);
  if (!newest || newest.visibility !== 'PUBLIC') return { state: 'NONE' };
  if (newest.withdrawnAt) return { state: 'WITHDRAWN', number: newest.number, withdrawnAt: newest.withdrawnAt };
  return { state: 'PUBLIC', number: newest.number, since: newest.publishedAt };
}

/** The HTTP status of the public page and its PDF and DOCX for a serving state. */
export function publicHttpStatus(serving: Pick<PublicServing, 'state'>): 200 | 404 | 410 {
  return serving.state === 'PUBLIC' ? 200 : serving.state === 'WITHDRAWN' ? 410 : 404;
}

/**
 * Why version `number` cannot be withdrawn now; null when it can. Only the version the public
 * sees right now can be withdrawn: the coordinator names it, so that a page that changed in the
 * meantime (a newer publication, a colleague's withdrawal) is never taken down by mistake.
 */
export function withdrawalProblem(serving: PublicServing, number: number): Bilingual | null {
  if (serving.state === 'PUBLIC' && serving.number === number) return null;
  if (serving.state === 'PUBLIC') {
    return {
      nl: `Versie ${number} is niet wat het publiek nu ziet; dat is versie ${serving.number}. Laad de pagina opnieuw.`,
      en: `Version ${number} is not what the public sees now; that is version ${serving.number}. Reload the page.`,
    };
  }
  if (serving.state === 'WITHDRAWN' && serving.number === number) {
    return { nl: `Versie ${number} is al ingetrokken.`, en: `Version ${number} has already been withdrawn.` };
  }
  return { nl: 'Er is nu geen openbare versie om in te trekken.', en: 'There is no public version to withdraw now.' };
}
