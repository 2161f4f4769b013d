import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { InvitePersonDocument, PeopleDocument, type PeopleQuery, type Role } from '@kijkje/web/data-access';
import { SelectField, TextField, ErrorAlert, requiredFields, useFormErrors, newIdempotencyKey } from '@kijkje/web/ui';

/**
 * The coordinator invites someone by e-mail, as coordinator, as member of one of the network's
 * organisations, or as facilitator (an outside organiser of learning tracks, who speaks for none).
 */
export function InviteForm({ organisations }: { organisations: PeopleQuery['organisations'] }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const [organisationId, setOrganisationId] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [invited, setInvited] = useState<{ name: string; email: string } | null>(null);
  const [invite, { loading }] = useMutation(InvitePersonDocument, { refetchQueries: [PeopleDocument], awaitRefetchQueries: true });
  const errors = useFormErrors();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setInvited(null);
    const problems = requiredFields({ name, email });
    if (role === 'MEMBER' && !organisationId) problems.organisationId = 'people.organisationRequired';
    if (!errors.check(problems)) return;
    try {
      const result = await invite({
        variables: {
          input: { name: name.trim(), email: email.trim(), role, organisationId: role === 'FACILITATOR' ? null : organisationId || null, idempotencyKey },
        },
      });
      setInvited({ name: result.data?.invitePerson.name ?? name, email: result.data?.invitePerson.email ?? email });
      setName('');
      setEmail('');
      setOrganisationId('');
      setIdempotencyKey(newIdempotencyKey());
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="invite-heading">
      <Heading level={2} id="invite-heading">
        {t('people.inviteTitle')}
      </Heading>
      <div role="status">{invited && <Alert type="ok">{t('people.invited', invited)}</Alert>}</div>
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <TextField
          id="invite-name"
          name="name"
          label={t('people.inviteName')}
          value={name}
          onChange={setName}
          autoComplete="off"
          required
          error={errors.field('name')}
        />
        <TextField
          id="invite-email"
          name="email"
          type="email"
          label={t('people.inviteEmail')}
          value={email}
          onChange={setEmail}
          autoComplete="off"
          required
          error={errors.field('email')}
        />
        <SelectField
          id="invite-role"
          label={t('people.inviteRole')}
          value={role}
          onChange={(value) => setRole(value === 'COORDINATOR' || value === 'FACILITATOR' ? value : 'MEMBER')}
          options={[
            { value: 'COORDINATOR', label: t('roles.COORDINATOR') },
            { value: 'MEMBER', label: t('roles.MEMBER') },
            { value: 'FACILITATOR', label: t('roles.FACILITATOR') },
          ]}
          error={errors.field('role')}
        />
        {role !== 'FACILITATOR' && (
          <SelectField
            id="invite-organisation"
            label={t('people.inviteOrganisation')}
            description={t('people.inviteOrganisationDescription')}
            value={organisationId}
            onChange={setOrganisationId}
            options={[
              { value: '', label: t('people.chooseOrganisation') },
              ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
            ]}
            error={errors.field('organisationId')}
          />
        )}
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('people.inviteSubmit')}
        </Button>
      </form>
    </section>
  );
}
