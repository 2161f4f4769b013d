import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  CreateIdentityProviderDocument,
  DeleteIdentityProviderDocument,
  IdentityProvidersDocument,
  SetPasswordSignInDocument,
  UpdateIdentityProviderDocument,
  type IdentityProvidersQuery,
  type OrganisationsQuery,
} from '@kijkje/web/data-access';
import { ErrorAlert, ErrorState, LoadingState, VisuallyHidden, readApiError, useFormErrors } from '@kijkje/web/ui';
import { EMPTY_PROVIDER, IdentityProviderForm, providerInput, type ProviderDraft } from './identity-provider-form';

type Organisation = OrganisationsQuery['organisations'][number];
type Provider = IdentityProvidersQuery['identityProviders'][number];

const draftOf = (p: Provider): ProviderDraft => ({
  name: p.name,
  issuer: p.issuer,
  clientId: p.clientId,
  clientSecret: '',
  domains: p.emailDomains.join(', '),
  organisationId: p.organisationId,
  createMembers: p.createMembers,
  enabled: p.enabled,
});

/** Single sign-on for the network (coordinators): its identity providers and whether passwords still work. */
export function IdentityProvidersSection({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch: reload } = useQuery(IdentityProvidersDocument, { fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: [IdentityProvidersDocument], awaitRefetchQueries: true };
  const [create, { loading: creating }] = useMutation(CreateIdentityProviderDocument, refetch);
  const [update, { loading: updating }] = useMutation(UpdateIdentityProviderDocument, refetch);
  const [remove] = useMutation(DeleteIdentityProviderDocument, refetch);
  const [setPasswords] = useMutation(SetPasswordSignInDocument, refetch);
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors((view) => (view.code === 'CONFLICT' ? t('sso.conflict') : null));
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? '';

  const act = async (work: () => Promise<unknown>, message: string) => {
    setDone(null);
    errors.clear();
    try {
      await work();
      setDone(message);
      return true;
    } catch (e) {
      errors.fail(e);
      return false;
    }
  };

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  const providers = data?.identityProviders ?? [];
  const passwordSignIn = data?.viewer?.currentNetwork?.passwordSignIn ?? true;

  const save = async (p: Provider, draft: ProviderDraft) => {
    const { clientSecret, ...fields } = providerInput(draft);
    const input = { ...fields, id: p.id, version: p.version, ...(clientSecret ? { clientSecret } : {}) };
    setDone(null);
    errors.clear();
    try {
      await update({ variables: { input } });
      setDone(t('sso.saved', { name: draft.name }));
      setEditing(null);
      return true;
    } catch (e) {
      errors.fail(e);
      // Changed by someone else meanwhile: the form closes and opens again on what is stored now.
      if (readApiError(e, 'nl').code === 'CONFLICT') {
        setEditing(null);
        await reload();
      }
      return false;
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="sso-heading">
      <Heading level={2} id="sso-heading">
        {t('sso.title')}
      </Heading>
      <Paragraph>{t('sso.intro')}</Paragraph>
      <div role="status">{done && <Alert type="ok">{done}</Alert>}</div>
      <ErrorAlert message={errors.general} />
      {providers.length ? (
        <ul className="kijkje-results">
          {providers.map((p) => (
            <li key={p.id}>
              <span>
                {t('sso.provider', { name: p.name, domains: p.emailDomains.join(', '), organisation: orgName(p.organisationId) })}
                {p.createMembers ? ` ${t('sso.createsMembers')}` : ''}
                {p.enabled ? '' : ` ${t('sso.disabled')}`}
              </span>
              <Button
                type="button"
                appearance="secondary-action-button"
                aria-expanded={editing === p.id}
                onClick={() => setEditing(editing === p.id ? null : p.id)}
              >
                {t('sso.edit')}
                <VisuallyHidden> {p.name}</VisuallyHidden>
              </Button>
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => void act(() => remove({ variables: { input: { id: p.id, version: p.version } } }), t('sso.removed', { name: p.name }))}
              >
                {t('sso.remove')}
                <VisuallyHidden> {p.name}</VisuallyHidden>
              </Button>
              {editing === p.id && (
                <IdentityProviderForm
                  idPrefix={`sso-edit-${p.id}`}
                  initial={draftOf(p)}
                  editing
                  organisations={organisations}
                  submitLabel={t('sso.save', { name: p.name })}
                  busy={updating}
                  error={errors.field}
                  onSubmit={(draft) => save(p, draft)}
                  onCancel={() => setEditing(null)}
                />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('sso.none')}</Paragraph>
      )}
      <Paragraph>{passwordSignIn ? t('sso.passwordsOn') : t('sso.passwordsOff')}</Paragraph>
      <Button
        type="button"
        appearance="secondary-action-button"
        onClick={() => void act(() => setPasswords({ variables: { allowed: !passwordSignIn } }), passwordSignIn ? t('sso.passwordsOff') : t('sso.passwordsOn'))}
      >
        {passwordSignIn ? t('sso.turnPasswordsOff') : t('sso.turnPasswordsOn')}
      </Button>
      <Heading level={3}>{t('sso.addTitle')}</Heading>
      <IdentityProviderForm
        idPrefix="sso"
        initial={EMPTY_PROVIDER}
        editing={false}
        organisations={organisations}
        submitLabel={t('sso.add')}
        busy={creating}
        error={editing ? () => null : errors.field}
        onSubmit={(draft) => act(() => create({ variables: { input: providerInput(draft) } }), t('sso.added', { name: draft.name }))}
      />
    </section>
  );
}
