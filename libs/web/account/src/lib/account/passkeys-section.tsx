import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { startRegistration } from '@simplewebauthn/browser';
import { Alert, Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FinishPasskeyRegistrationDocument, MyPasskeysDocument, RemovePasskeyDocument, StartPasskeyRegistrationDocument } from '@kijkje/web/data-access';
import { ErrorAlert, TextField, formatDateTime, requiredFields, useFormErrors } from '@kijkje/web/ui';

/** Passkeys: named, one or more, removable; each works as the second step of a sign-in. */
export function PasskeysSection() {
  const { t, i18n } = useTranslation();
  const { data, refetch } = useQuery(MyPasskeysDocument, { fetchPolicy: 'cache-and-network' });
  const [start] = useMutation(StartPasskeyRegistrationDocument);
  const [finish] = useMutation(FinishPasskeyRegistrationDocument);
  const [remove] = useMutation(RemovePasskeyDocument);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const errors = useFormErrors();
  const passkeys = data?.myPasskeys ?? [];

  const onAdd = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setRefused(false);
    if (!errors.check(requiredFields({ name }))) return;
    setBusy(true);
    try {
      const options = (await start()).data?.startPasskeyRegistration;
      if (!options) return;
      const response = await startRegistration({ optionsJSON: JSON.parse(options) });
      await finish({ variables: { input: { name: name.trim(), response: JSON.stringify(response) } } });
      setDone(t('account.passkeys.added', { name: name.trim() }));
      setName('');
      await refetch();
    } catch (error) {
      if (isBrowserRefusal(error)) setRefused(true);
      else errors.fail(error);
    } finally {
      setBusy(false);
    }
  };

  const onRemove = async (id: string, label: string) => {
    setDone(null);
    try {
      await remove({ variables: { id } });
      setDone(t('account.passkeys.removed', { name: label }));
      await refetch();
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <div data-testid="account-passkeys">
      <Heading level={3}>{t('account.passkeys.title')}</Heading>
      <Paragraph>{t('account.passkeys.intro')}</Paragraph>
      <div>{done && <Alert type="ok">{done}</Alert>}</div>
      <ErrorAlert message={refused ? t('account.passkeys.cancelled') : errors.general} />
      {passkeys.length > 0 && (
        <UnorderedList>
          {passkeys.map((p) => (
            <UnorderedListItem key={p.id} data-testid="account-passkey">
              <strong>{p.name}</strong> — {t('account.passkeys.since', { when: formatDateTime(p.createdAt, i18n.language) })}{' '}
              <Button
                appearance="secondary-action-button"
                onClick={() => void onRemove(p.id, p.name)}
                aria-label={t('account.passkeys.removeLabel', { name: p.name })}
              >
                {t('account.passkeys.remove')}
              </Button>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <form className="kijkje-form" noValidate onSubmit={onAdd}>
        <TextField
          id="passkey-name"
          name="name"
          label={t('account.passkeys.name')}
          description={t('account.passkeys.nameHint')}
          value={name}
          onChange={setName}
          required
          error={errors.field('name')}
        />
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {t('account.passkeys.add')}
        </Button>
      </form>
    </div>
  );
}

/** The browser or the person said no (cancelled, timed out, not supported): not an error of the server. */
export function isBrowserRefusal(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    (typeof code === 'string' && code.startsWith('ERROR_')) ||
    ['NotAllowedError', 'AbortError', 'InvalidStateError', 'NotSupportedError', 'SecurityError'].includes(String(name))
  );
}
