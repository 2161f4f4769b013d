import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY, readStoredLanguage, type Lang } from '@kijkje/web/ui';

export function applyLanguage(lang: string): void {
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Storage may be unavailable (private mode); the switch still works for this visit.
  }
}

/** One language's texts, loaded when it is first used: the first route carries one language, not two. */
const texts = resourcesToBackend((language: string) => (language === 'en' ? import('./texts-en') : import('./texts-nl')));

/** Resolves once the person's language is loaded; render after it (a text never shows as its key). */
export async function initI18n(): Promise<typeof i18n> {
  const lng: Lang = readStoredLanguage(typeof window === 'undefined' ? undefined : window.localStorage);
  await i18n
    .use(texts)
    .use(initReactI18next)
    .init({
      lng,
      // No fallback: both languages have every key (i18n-keys.spec), so a second one is never loaded for nothing.
      fallbackLng: false,
      supportedLngs: ['nl', 'en'],
      // Everything is in the one namespace; languages are loaded whole, never per region.
      load: 'languageOnly',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  document.documentElement.lang = lng;
  i18n.on('languageChanged', applyLanguage);
  return i18n;
}

export { i18n };
