import en from './en.json';
import nl from './nl.json';
import visitsEn from './visits.en.json';
import visitsNl from './visits.nl.json';
import reportsEn from './reports.en.json';
import reportsNl from './reports.nl.json';
import harvestsEn from './harvests.en.json';
import harvestsNl from './harvests.nl.json';

/**
 * The translations, one pair of files per part of the product so that each part changes on its
 * own. Each file owns its top-level keys; a key defined twice is a mistake the key test catches.
 */
export const parts = {
  nl: [nl, visitsNl, reportsNl, harvestsNl],
  en: [en, visitsEn, reportsEn, harvestsEn],
};

export const resources = {
  nl: Object.assign({}, ...parts.nl) as Record<string, unknown>,
  en: Object.assign({}, ...parts.en) as Record<string, unknown>,
};
