import en from './en.json';
import nl from './nl.json';

/** This part's texts in both languages; the app shell gathers every part's into one resource. */
export const findingsTranslations = { nl, en };
/** Each language on its own, so that the app loads only the language in use. */
export { nl as findingsNl, en as findingsEn };
