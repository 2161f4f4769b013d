import type { Bilingual } from '../messages';

/**
 * What someone reads who sees a visit, finding or report but may not take this step on it (the
 * API answers FORBIDDEN). Someone who may not see the thing at all is told it was not found.
 */
export const stepNotYours = {
  visit: {
    nl: 'U kunt dit bezoek bekijken, maar deze stap hoort bij een andere rol: de gastgemeente, de teamleider of de coördinator.',
    en: 'You can view this visit, but this step belongs to another role: the host, the lead reviewer or the coordinator.',
  },
  finding: {
    nl: 'U kunt deze bevinding lezen, maar deze stap hoort bij een andere rol: de schrijver, de teamleider of de gastgemeente.',
    en: 'You can read this finding, but this step belongs to another role: its author, the lead reviewer or the host.',
  },
  report: {
    nl: 'U kunt dit bezoekverslag lezen, maar deze stap hoort bij een andere rol: de teamleider of de gastgemeente.',
    en: 'You can read this visit report, but this step belongs to another role: the lead reviewer or the host.',
  },
  actionPlan: {
    nl: 'U kunt dit verbeterplan lezen, maar deze stap hoort bij een andere rol: de gastgemeente, het reviewteam of de teamleider.',
    en: 'You can read this action plan, but this step belongs to another role: the host, the review team or the lead reviewer.',
  },
} as const satisfies Record<string, Bilingual>;
