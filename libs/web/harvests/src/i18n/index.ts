import en from './en.json';
import meetingsEn from './meetings.en.json';
import meetingsNl from './meetings.nl.json';
import nl from './nl.json';
import publishingEn from './publishing.en.json';
import publishingNl from './publishing.nl.json';
import sectionsEn from './sections.en.json';
import sectionsNl from './sections.nl.json';

/**
 * This part's texts in both languages; the app shell gathers every part's into one resource. The
 * editor's steps, publishing and versions have a file of their own, and so do the harvest's extra
 * parts (comparison, cijfers, evaluation) and the work meetings' section; all are merged into `harvest`.
 */
/** Each language on its own, so that the app loads only the language in use. */
export const harvestsNl = { ...nl, harvest: { ...nl.harvest, ...publishingNl.harvest, ...sectionsNl.harvest, ...meetingsNl.harvest } };
export const harvestsEn = { ...en, harvest: { ...en.harvest, ...publishingEn.harvest, ...sectionsEn.harvest, ...meetingsEn.harvest } };
export const harvestsTranslations = { nl: harvestsNl, en: harvestsEn };
