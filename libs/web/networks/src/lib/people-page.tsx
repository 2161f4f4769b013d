import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { MembersTable } from './members-table';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  InvitePersonDocument,
  PeopleDocument,
  RevokeInvitationDocument,
  type PeopleQuery,
  type Role,
  isCoordinator,
  useSession,
} from '@kijkje/web/data-access';
import {
  SelectField,
  TextField,
  VisuallyHidden,
  ErrorAlert,
  ErrorState,
  LoadingState,
  NoAccess,
  requiredFields,
  useFormErrors,
  usePageTitle,
  formatDate,
  newIdempotencyKey,
} from '@kijkje/web/ui';

export function PeoplePage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  if (!viewer?.currentNetwork || !isCoordinator(viewer)) return <NoAccess title={t('people.title')} />;
  return <PeopleContent networkName={viewer.currentNetwork.name} />;
}

function PeopleContent({ networkName }: { networkName: string }) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('people.title'));
  const { data, loading, error } = useQuery(PeopleDocument, { fetchPolicy: 'cache-and-network' });
  const [revoked, setRevoked] = useState<string | null>(null);
  const [revoke, { loading: revoking }] = useMutation(RevokeInvitationDocument, { refetchQueries: [PeopleDocument], awaitRefetchQueries: true });
  const revokeErrors = useFormErrors();

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  if (!data) return null;

  const onRevoke = async (id: string, name: string) => {
    setRevoked(null);
    revokeErrors.clear();
    try {
      await revoke({ variables: { id } });
      setRevoked(name);
    } catch (err) {
      revokeErrors.fail(err);
    }
  };

  const pending = data.invitations.filter((invitation) => !invitation.acceptedAt);

  return (
    <>
      <Heading level={1}>{t('people.title')}</Heading>
      <MembersTable memberships={data.memberships} networkName={networkName} />

      <section className="kijkje-section" aria-labelledby="invitations-heading">
        <Heading level={2} id="invitations-heading">
          {t('people.invitationsTitle')}
        </Heading>
        <div role="status">{revoked && <Alert type="ok">{t('people.revoked', { name: revoked })}</Alert>}</div>
        <ErrorAlert message={revokeErrors.general} />
        {pending.length === 0 ? (
          <Paragraph>{t('people.noInvitations')}</Paragraph>
        ) : (
          <div className="kijkje-table-scroll">
            <Table>
              <TableCaption className="kijkje-visually-hidden">{t('people.invitationsCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('people.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('people.email')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('people.role')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('people.organisation')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('people.expiresAt')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('people.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {pending.map((invitation) => (
                  <TableRow key={invitation.id}>
                    <TableCell>{invitation.name}</TableCell>
                    <TableCell>{invitation.email}</TableCell>
                    <TableCell>{t(`roles.${invitation.role}`)}</TableCell>
                    <TableCell>{invitation.organisation?.name ?? ''}</TableCell>
                    <TableCell>{formatDate(invitation.expiresAt, i18n.language)}</TableCell>
                    <TableCell>
                      <Button
                        type="button"
                        appearance="secondary-action-button"
                        hint="danger"
                        disabled={revoking}
                        onClick={() => void onRevoke(invitation.id, invitation.name)}
                      >
                        {t('people.revoke')}
                        <VisuallyHidden> {invitation.name}</VisuallyHidden>
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      <InviteForm organisations={data.organisations} />
    </>
  );
}

function InviteForm({ organisations }: { organisations: PeopleQuery['organisations'] }) {
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
        variables: { input: { name: name.trim(), email: email.trim(), role, organisationId: organisationId || null, idempotencyKey } },
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
          onChange={(value) => setRole(value === 'COORDINATOR' ? 'COORDINATOR' : 'MEMBER')}
          options={[
            { value: 'COORDINATOR', label: t('roles.COORDINATOR') },
            { value: 'MEMBER', label: t('roles.MEMBER') },
          ]}
          error={errors.field('role')}
        />
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
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('people.inviteSubmit')}
        </Button>
      </form>
    </section>
  );
}
