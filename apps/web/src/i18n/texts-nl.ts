import { uiNl } from '@kijkje/web/ui';
import { accountNl } from '@kijkje/web/account';
import { networksNl } from '@kijkje/web/networks';
import { programmesNl } from '@kijkje/web/programmes';
import { roundsNl } from '@kijkje/web/rounds';
import { visitsNl } from '@kijkje/web/visits';
import { findingsNl } from '@kijkje/web/findings';
import { reportsNl } from '@kijkje/web/reports';
import { harvestsNl } from '@kijkje/web/harvests';
import { tasksNl } from '@kijkje/web/tasks';
import { notificationsNl } from '@kijkje/web/notifications';
import { meetingsNl } from '@kijkje/web/meetings';
import { tracksNl } from '@kijkje/web/tracks';
import shell from './nl.json';

/**
 * Every Dutch text: the shell's own (layout, navigation, home) and one part per library,
 * each owning its top-level keys. A module of its own, so that the app loads only the language in use.
 */
export const partsNl = [
  shell,
  uiNl,
  accountNl,
  networksNl,
  programmesNl,
  roundsNl,
  visitsNl,
  findingsNl,
  reportsNl,
  harvestsNl,
  tasksNl,
  notificationsNl,
  meetingsNl,
  tracksNl,
];

export default Object.assign({}, ...partsNl) as Record<string, unknown>;
