import { accountTranslations } from '@kijkje/web/account';
import { findingsTranslations } from '@kijkje/web/findings';
import { harvestsTranslations } from '@kijkje/web/harvests';
import { networksTranslations } from '@kijkje/web/networks';
import { programmesTranslations } from '@kijkje/web/programmes';
import { reportsTranslations } from '@kijkje/web/reports';
import { roundsTranslations } from '@kijkje/web/rounds';
import { uiTranslations } from '@kijkje/web/ui';
import { visitsTranslations } from '@kijkje/web/visits';
import { tasksTranslations } from '@kijkje/web/tasks';
import { meetingsTranslations } from '@kijkje/web/meetings';
import { notificationsTranslations } from '@kijkje/web/notifications';
import { tracksTranslations } from '@kijkje/web/tracks';
import en from './en.json';
import nl from './nl.json';

/**
 * The translations: the shell's own (layout, navigation, home) and one pair per library, so that
 * each part changes on its own. Each part owns its top-level keys; a key defined twice is a
 * mistake the key test catches.
 */
const libraries = [
  uiTranslations,
  accountTranslations,
  networksTranslations,
  programmesTranslations,
  roundsTranslations,
  visitsTranslations,
  findingsTranslations,
  reportsTranslations,
  harvestsTranslations,
  tasksTranslations,
  notificationsTranslations,
  meetingsTranslations,
  tracksTranslations,
];

export const parts = {
  nl: [nl, ...libraries.map((part) => part.nl)],
  en: [en, ...libraries.map((part) => part.en)],
};

export const resources = {
  nl: Object.assign({}, ...parts.nl) as Record<string, unknown>,
  en: Object.assign({}, ...parts.en) as Record<string, unknown>,
};
