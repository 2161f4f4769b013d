import { useTranslation } from 'react-i18next';
import { TextField, requiredFields, type ClientErrors } from '@kijkje/web/ui';

/** The browser's checks on a new password and its repetition: both filled in, and the same. */
export function newPasswordProblems(password: string, repeat: string): ClientErrors {
  const problems = requiredFields({ password, repeat });
  if (!problems.repeat && repeat !== password) problems.repeat = 'passwordFields.mismatch';
  return problems;
}

/**
 * A new password twice, as the invitation and the reset ask for it: the rule under the first, and
 * both marked for password managers as a new password.
 */
export function NewPasswordFields({
  password,
  repeat,
  onPassword,
  onRepeat,
  passwordLabel,
  repeatLabel,
  error,
}: {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  passwordLabel: string;
  repeatLabel: string;
  /** The message for a field ('password' or 'repeat'), or null. */
  error: (field: 'password' | 'repeat') => string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id="password"
        type="password"
        label={passwordLabel}
        description={t('passwordFields.description')}
        value={password}
        onChange={onPassword}
        autoComplete="new-password"
        required
        error={error('password')}
      />
      <TextField
        id="repeat"
        type="password"
        label={repeatLabel}
        value={repeat}
        onChange={onRepeat}
        autoComplete="new-password"
        required
        error={error('repeat')}
      />
    </>
  );
}
