import { useState, type FormEvent } from 'react';
import { Button, Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { OrganisationsQuery } from '@kijkje/web/data-access';
import { SelectField, TextField } from '@kijkje/web/ui';

type Organisation = OrganisationsQuery['organisations'][number];

/** An identity provider as the form holds it; the e-mail domains as typed. */
export interface ProviderDraft {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  domains: string;
  organisationId: string;
  createMembers: boolean;
  enabled: boolean;
}

export const EMPTY_PROVIDER: ProviderDraft = {
  name: '',
  issuer: '',
  clientId: '',
  clientSecret: '',
  domains: '',
  organisationId: '',
  createMembers: false,
  enabled: true,
};

/** The draft as the API takes it: the domains as a list. */
export function providerInput(draft: ProviderDraft) {
  const { domains, ...rest } = draft;
  return { ...rest, emailDomains: domains.split(/[\s,]+/).filter(Boolean) };
}

/**
 * The fields of an identity provider, for adding one and for changing one. When changing, the
 * secret may stay empty: the stored one is kept (it is never shown again).
 */
export function IdentityProviderForm({
  idPrefix,
  initial,
  editing,
  organisations,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: ProviderDraft;
  editing: boolean;
  organisations: Organisation[];
  submitLabel: string;
  busy: boolean;
  error: (field: string) => string | null;
  onSubmit: (draft: ProviderDraft) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const set = (key: keyof ProviderDraft) => (value: string | boolean) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await onSubmit(form)) && !editing) setForm(initial);
  };
  const checkbox = (key: 'createMembers' | 'enabled', label: string) => (
    <FormField
      type="checkbox"
      label={
        <FormLabel htmlFor={`${idPrefix}-${key}`} type="checkbox">
          {label}
        </FormLabel>
      }
      input={<Checkbox id={`${idPrefix}-${key}`} checked={form[key]} onChange={(event) => set(key)(event.target.checked)} />}
    />
  );
  return (
    <form className="kijkje-form" noValidate onSubmit={submit}>
      <TextField id={`${idPrefix}-name`} label={t('sso.name')} value={form.name} onChange={set('name')} required error={error('name')} />
      <TextField
        id={`${idPrefix}-issuer`}
        label={t('sso.issuer')}
        description={t('sso.issuerDescription')}
        value={form.issuer}
        onChange={set('issuer')}
        required
        error={error('issuer')}
      />
      <TextField id={`${idPrefix}-client`} label={t('sso.clientId')} value={form.clientId} onChange={set('clientId')} required error={error('clientId')} />
      <TextField
        id={`${idPrefix}-secret`}
        type="password"
        label={t('sso.clientSecret')}
        description={editing ? t('sso.clientSecretKeep') : t('sso.clientSecretDescription')}
        value={form.clientSecret}
        onChange={set('clientSecret')}
        autoComplete="off"
        required={!editing}
        error={error('clientSecret')}
      />
      <TextField
        id={`${idPrefix}-domains`}
        label={t('sso.domains')}
        description={t('sso.domainsDescription')}
        value={form.domains}
        onChange={set('domains')}
        required
        error={error('emailDomains')}
      />
      <SelectField
        id={`${idPrefix}-organisation`}
        label={t('sso.organisation')}
        value={form.organisationId}
        options={[{ value: '', label: t('sso.chooseOrganisation') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
        onChange={set('organisationId')}
        required
        error={error('organisationId')}
      />
      {checkbox('createMembers', t('sso.createMembers'))}
      {editing && checkbox('enabled', t('sso.enabled'))}
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {submitLabel}
      </Button>
      {onCancel && (
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('sso.cancel')}
        </Button>
      )}
    </form>
  );
}
