import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toLang } from './language';
import { readApiError, type ApiErrorView } from './errors';

/**
 * Field name → what a check done in the browser before sending found: a translation key, or a
 * message in both languages from a rule in @kijkje/domain.
 */
export type ClientErrors = Record<string, string | { nl: string; en: string }>;

export function requiredFields(values: Record<string, string>): ClientErrors {
  const errors: ClientErrors = {};
  for (const [name, value] of Object.entries(values)) {
    if (value.trim() === '') errors[name] = 'common.required';
  }
  return errors;
}

/**
 * Keeps the raw error, not its text, so messages follow a language switch made after the error.
 * `general` lets a form replace the server's general message (e.g. the generic sign-in failure).
 */
export function useFormErrors(general?: (view: ApiErrorView) => string | null) {
  const { t, i18n } = useTranslation();
  const [apiError, setApiError] = useState<unknown>(null);
  const [clientErrors, setClientErrors] = useState<ClientErrors>({});
  const view = apiError ? readApiError(apiError, i18n.language) : null;

  const field = (name: string): string | null => {
    const client = clientErrors[name];
    if (client) return typeof client === 'string' ? t(client) : client[toLang(i18n.language)];
    return view?.paths[name] ?? view?.fields[name] ?? null;
  };

  let generalMessage: string | null = null;
  if (view) {
    const custom = general?.(view);
    if (custom) generalMessage = custom;
    else if (Object.keys(view.fields).length > 0) generalMessage = view.message ?? t('errors.BAD_USER_INPUT');
    else if (view.message) generalMessage = view.message;
    else if (view.code !== 'UNKNOWN') generalMessage = t(`errors.${view.code}`);
    else generalMessage = t('common.errorGeneric');
  }

  return {
    field,
    /** Every field message now shown, client or server, in the form's order of paths. */
    messages(): { field: string; text: string }[] {
      const names = Object.keys(clientErrors).length ? Object.keys(clientErrors) : Object.keys(view?.paths ?? {});
      return names.map((name) => ({ field: name, text: field(name) ?? '' })).filter((entry) => entry.text !== '');
    },
    general: generalMessage,
    view,
    hasClientErrors: Object.keys(clientErrors).length > 0,
    /** Run browser checks; returns true when the form may be sent. */
    check(errors: ClientErrors): boolean {
      setClientErrors(errors);
      setApiError(null);
      return Object.keys(errors).length === 0;
    },
    fail(error: unknown) {
      setApiError(error);
    },
    clear() {
      setApiError(null);
      setClientErrors({});
    },
  };
}
