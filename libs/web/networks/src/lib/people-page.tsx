import { useRef, useState } from 'react';
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
import { PeopleDocument, RevokeInvitationDocument, isCoordinator, useSession } from '@kijkje/web/data-access';
import { VisuallyHidden, ErrorAlert, ErrorState, LoadingState, NoAccess, useFormErrors, usePageTitle, formatDate } from '@kijkje/web/ui';
import { InviteForm } from './invite-form';
import { MembershipRequestsSection } from './membership-requests-section';

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
  // Once shown, the requests stay on the page, so the last decision's confirmation stays readable.
  const hadRequests = useRef(false);

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
  const members = data.memberships.filter((membership) => !membership.requestedAt);
  const requests = data.memberships.filter((membership) => membership.requestedAt);
  if (requests.length) hadRequests.current = true;

  return (
    <>
      <Heading level={1}>{t('people.title')}</Heading>
      {hadRequests.current && <MembershipRequestsSection requests={requests} />}
      <MembersTable memberships={members} networkName={networkName} />

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
