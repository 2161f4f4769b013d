import en from './en.json';
import nl from './nl.json';
import privacyEn from '../lib/privacy/i18n/en.json';
import privacyNl from '../lib/privacy/i18n/nl.json';

/** This part's texts in both languages; the app shell gathers every part's into one resource. */
/** Each language on its own, so that the app loads only the language in use. */
export const accountNl = { ...nl, ...privacyNl };
export const accountEn = { ...en, ...privacyEn };
export const accountTranslations = { nl: accountNl, en: accountEn };
