import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, FormField, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  CreateIdentityProviderDocument,
  DeleteIdentityProviderDocument,
  IdentityProvidersDocument,
  SetPasswordSignInDocument,
  type OrganisationsQuery,
} from '@kijkje/web/data-access';
import { ErrorAlert, ErrorState, LoadingState, SelectField, TextField, VisuallyHidden, useFormErrors } from '@kijkje/web/ui';

type Organisation = OrganisationsQuery['organisations'][number];

const EMPTY = { name: '', issuer: '', clientId: '', clientSecret: '', domains: '', organisationId: '', createMembers: false };

/** Single sign-on for the network (coordinators): its identity providers and whether passwords still work. */
export function IdentityProvidersSection({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(IdentityProvidersDocument, { fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: [IdentityProvidersDocument], awaitRefetchQueries: true };
  const [create, { loading: creating }] = useMutation(CreateIdentityProviderDocument, refetch);
  const [remove] = useMutation(DeleteIdentityProviderDocument, refetch);
  const [setPasswords] = useMutation(SetPasswordSignInDocument, refetch);
  const [form, setForm] = useState(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors();
  const set = (key: keyof typeof EMPTY) => (value: string | boolean) => setForm((f) => ({ ...f, [key]: value }));
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

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    const { domains, ...rest } = form;
    const input = { ...rest, emailDomains: domains.split(/[\s,]+/).filter(Boolean), enabled: true };
    if (await act(() => create({ variables: { input } }), t('sso.added', { name: form.name }))) setForm(EMPTY);
  };

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  const providers = data?.identityProviders ?? [];
  const passwordSignIn = data?.viewer?.currentNetwork?.passwordSignIn ?? true;

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
              </span>
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => void act(() => remove({ variables: { input: { id: p.id, version: p.version } } }), t('sso.removed', { name: p.name }))}
              >
                {t('sso.remove')}
                <VisuallyHidden> {p.name}</VisuallyHidden>
              </Button>
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
      <form className="kijkje-form" noValidate onSubmit={onCreate}>
        <TextField id="sso-name" label={t('sso.name')} value={form.name} onChange={set('name')} required error={errors.field('name')} />
        <TextField
          id="sso-issuer"
          label={t('sso.issuer')}
          description={t('sso.issuerDescription')}
          value={form.issuer}
          onChange={set('issuer')}
          required
          error={errors.field('issuer')}
        />
        <TextField id="sso-client" label={t('sso.clientId')} value={form.clientId} onChange={set('clientId')} required error={errors.field('clientId')} />
        <TextField
          id="sso-secret"
          type="password"
          label={t('sso.clientSecret')}
          description={t('sso.clientSecretDescription')}
          value={form.clientSecret}
          onChange={set('clientSecret')}
          autoComplete="off"
          required
          error={errors.field('clientSecret')}
        />
        <TextField
          id="sso-domains"
          label={t('sso.domains')}
          description={t('sso.domainsDescription')}
          value={form.domains}
          onChange={set('domains')}
          required
          error={errors.field('emailDomains')}
        />
        <SelectField
          id="sso-organisation"
          label={t('sso.organisation')}
          value={form.organisationId}
          options={[{ value: '', label: t('sso.chooseOrganisation') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
          onChange={set('organisationId')}
          required
          error={errors.field('organisationId')}
        />
        <FormField
          type="checkbox"
          label={
            <FormLabel htmlFor="sso-create-members" type="checkbox">
              {t('sso.createMembers')}
            </FormLabel>
          }
          input={<Checkbox id="sso-create-members" checked={form.createMembers} onChange={(event) => set('createMembers')(event.target.checked)} />}
        />
        <Button type="submit" appearance="primary-action-button" busy={creating}>
          {t('sso.add')}
        </Button>
      </form>
    </section>
  );
}
