import nl, { partsNl } from './texts-nl';
import en, { partsEn } from './texts-en';

/**
 * Both languages at once, for the translation tests; the app itself loads one language at a time
 * (index.ts).
 */
export const parts = { nl: partsNl, en: partsEn };

export const resources = { nl, en };
