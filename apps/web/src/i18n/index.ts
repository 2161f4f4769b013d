import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';
import { LANGUAGE_STORAGE_KEY, readStoredLanguage, type Lang } from '@kijkje/web/ui';

export function applyLanguage(lang: string): void {
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Storage may be unavailable (private mode); the switch still works for this visit.
  }
}

export function initI18n(): typeof i18n {
  const lng: Lang = readStoredLanguage(typeof window === 'undefined' ? undefined : window.localStorage);
  void i18n.use(initReactI18next).init({
    resources: { nl: { translation: resources.nl }, en: { translation: resources.en } },
    lng,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = lng;
  i18n.on('languageChanged', applyLanguage);
  return i18n;
}

export { i18n };
