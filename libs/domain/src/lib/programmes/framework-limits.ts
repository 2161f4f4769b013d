/** The limits and shapes of themes and framework questions, shared by the revision rules and their checks. */

export const THEME_NAME_MAX = 80;
export const THEMES_MAX = 20;
export const FRAMEWORK_QUESTION_MAX = 300;
export const FRAMEWORK_HINT_MAX = 1000;
export const FRAMEWORK_QUESTIONS_MAX = 20;
export const CUSTOM_KEY_PREFIX = 'CUSTOM_';

/** What a key looks like: FOTO_VAN_NU, WHAT_GOES_WELL, CUSTOM_3. */
export const FRAMEWORK_KEY_PATTERN = /^[A-Z][A-Z0-9_]{0,39}$/;

// Control characters other than tab and line breaks; in a question or theme name not even those.
// eslint-disable-next-line no-control-regex -- control characters are exactly what these rules reject
export const CONTROL_IN_HINT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex -- see above
export const CONTROL_IN_LINE = /[\u0000-\u001F\u007F]/;

export const fold = (theme: string) => theme.trim().toLocaleLowerCase('nl');

/** The prefix of the answer keys of a section: `general:` or `theme:<theme>:`. */
export function answerKeyPrefix(theme: string | null): string {
  return theme === null ? 'general:' : `theme:${theme}:`;
}
