import { uiEn } from '@kijkje/web/ui';
import { accountEn } from '@kijkje/web/account';
import { networksEn } from '@kijkje/web/networks';
import { programmesEn } from '@kijkje/web/programmes';
import { roundsEn } from '@kijkje/web/rounds';
import { visitsEn } from '@kijkje/web/visits';
import { findingsEn } from '@kijkje/web/findings';
import { reportsEn } from '@kijkje/web/reports';
import { harvestsEn } from '@kijkje/web/harvests';
import { tasksEn } from '@kijkje/web/tasks';
import { notificationsEn } from '@kijkje/web/notifications';
import { meetingsEn } from '@kijkje/web/meetings';
import { tracksEn } from '@kijkje/web/tracks';
import shell from './en.json';

/**
 * Every English text: the shell's own (layout, navigation, home) and one part per library,
 * each owning its top-level keys. A module of its own, so that the app loads only the language in use.
 */
export const partsEn = [
  shell,
  uiEn,
  accountEn,
  networksEn,
  programmesEn,
  roundsEn,
  visitsEn,
  findingsEn,
  reportsEn,
  harvestsEn,
  tasksEn,
  notificationsEn,
  meetingsEn,
  tracksEn,
];

export default Object.assign({}, ...partsEn) as Record<string, unknown>;
