export type Lang = 'nl' | 'en';

export const LANGUAGE_STORAGE_KEY = 'kijkje.language';

export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Dutch first: only an explicit earlier choice of English changes the default. */
export function readStoredLanguage(storage: Pick<Storage, 'getItem'> | undefined): Lang {
  try {
    return toLang(storage?.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return 'nl';
  }
}

export function localeOf(lang: string): string {
  return toLang(lang) === 'en' ? 'en-GB' : 'nl-NL';
}
