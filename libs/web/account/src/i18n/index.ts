import en from './en.json';
import nl from './nl.json';
import privacyEn from '../lib/privacy/i18n/en.json';
import privacyNl from '../lib/privacy/i18n/nl.json';

/** This part's texts in both languages; the app shell gathers every part's into one resource. */
export const accountTranslations = { nl: { ...nl, ...privacyNl }, en: { ...en, ...privacyEn } };
