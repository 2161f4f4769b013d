import type { Bilingual } from '../messages';
import { CONTROL_IN_LINE, THEMES_MAX, THEME_NAME_MAX, fold } from './framework-limits';

// The programme's themes, as a coordinator revises them.

export const THEME_VIOLATIONS = ['NO_THEMES', 'TOO_MANY_THEMES', 'THEME_REQUIRED', 'THEME_TOO_LONG', 'THEME_INVALID', 'DUPLICATE_THEME'] as const;
export type ThemeViolationCode = (typeof THEME_VIOLATIONS)[number];
/** `index` is the position in the list as sent; null for the list as a whole. */
export interface ThemeViolation {
  code: ThemeViolationCode;
  index: number | null;
}

/**
 * The programme's themes as the coordinator typed them: trimmed, order kept. At least one and at
 * most THEMES_MAX; each non-empty, at most THEME_NAME_MAX characters, on one line, and unique
 * (compared case-insensitively, the second spelling is the one marked).
 */
export function reviseThemes(raw: readonly string[]): { themes: string[]; violations: ThemeViolation[] } {
  const themes = raw.map((theme) => theme.trim());
  const violations: ThemeViolation[] = [];
  if (themes.length === 0) violations.push({ code: 'NO_THEMES', index: null });
  if (themes.length > THEMES_MAX) violations.push({ code: 'TOO_MANY_THEMES', index: null });
  const seen = new Set<string>();
  themes.forEach((theme, index) => {
    if (theme === '') violations.push({ code: 'THEME_REQUIRED', index });
    else if (theme.length > THEME_NAME_MAX) violations.push({ code: 'THEME_TOO_LONG', index });
    else if (CONTROL_IN_LINE.test(theme)) violations.push({ code: 'THEME_INVALID', index });
    else if (seen.has(fold(theme))) violations.push({ code: 'DUPLICATE_THEME', index });
    seen.add(fold(theme));
  });
  return { themes, violations };
}

export function themeViolationPath(violation: ThemeViolation, root = 'themes'): string {
  return violation.index === null ? root : `${root}.${violation.index}`;
}

export const themeViolationMessages: Readonly<Record<ThemeViolationCode, Bilingual>> = {
  NO_THEMES: { nl: 'Kies minstens één thema.', en: 'Choose at least one theme.' },
  TOO_MANY_THEMES: { nl: `Een programma heeft hoogstens ${THEMES_MAX} thema's.`, en: `A programme has at most ${THEMES_MAX} themes.` },
  THEME_REQUIRED: { nl: 'Vul de naam van het thema in, of verwijder het.', en: 'Enter the name of the theme, or remove it.' },
  THEME_TOO_LONG: { nl: `De naam van een thema heeft hoogstens ${THEME_NAME_MAX} tekens.`, en: `A theme name has at most ${THEME_NAME_MAX} characters.` },
  THEME_INVALID: { nl: 'De naam van een thema past op één regel, zonder bijzondere tekens.', en: 'A theme name fits on one line, without special characters.' },
  DUPLICATE_THEME: { nl: 'Elk thema mag maar één keer voorkomen.', en: 'Each theme may appear only once.' },
};

// ---------------------------------------------------------------------------------------------
// The framework
