import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
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
import { AdmitMembershipRequestDocument, DeclineMembershipRequestDocument, PeopleDocument, type PeopleQuery } from '@kijkje/web/data-access';
import { ErrorAlert, VisuallyHidden, formatDate, useFormErrors } from '@kijkje/web/ui';

type Request = PeopleQuery['memberships'][number];

/**
 * People who signed in through their organisation's identity provider and ask to join: the
 * coordinator admits or declines each. Shown once there are requests.
 */
export function MembershipRequestsSection({ requests }: { requests: Request[] }) {
  const { t, i18n } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  const options = { refetchQueries: [PeopleDocument], awaitRefetchQueries: true };
  const [admit, { loading: admitting }] = useMutation(AdmitMembershipRequestDocument, options);
  const [decline, { loading: declining }] = useMutation(DeclineMembershipRequestDocument, options);
  const errors = useFormErrors();
  const busy = admitting || declining;

  const decide = async (request: Request, choice: 'admit' | 'decline') => {
    setDone(null);
    errors.clear();
    try {
      if (choice === 'admit') await admit({ variables: { id: request.id } });
      else await decline({ variables: { id: request.id } });
      setDone(t(choice === 'admit' ? 'people.admitted' : 'people.declined', { name: request.user.name }));
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="requests-heading">
      <Heading level={2} id="requests-heading">
        {t('people.requestsTitle')}
      </Heading>
      <Paragraph>{t('people.requestsIntro')}</Paragraph>
      <div role="status">{done && <Alert type="ok">{done}</Alert>}</div>
      <ErrorAlert message={errors.general} />
      {requests.length === 0 ? (
        <Paragraph>{t('people.noRequests')}</Paragraph>
      ) : (
        <div className="kijkje-table-scroll">
          <Table>
            <TableCaption className="kijkje-visually-hidden">{t('people.requestsCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('people.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('people.email')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('people.organisation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('people.requestedAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('people.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {requests.map((request) => (
                <TableRow key={request.id}>
                  <TableCell>{request.user.name}</TableCell>
                  <TableCell>{request.user.email}</TableCell>
                  <TableCell>{request.organisation?.name ?? ''}</TableCell>
                  <TableCell>{request.requestedAt ? formatDate(request.requestedAt, i18n.language) : ''}</TableCell>
                  <TableCell>
                    <div className="kijkje-actions">
                      <Button type="button" appearance="primary-action-button" disabled={busy} onClick={() => void decide(request, 'admit')}>
                        {t('people.admit')}
                        <VisuallyHidden> {request.user.name}</VisuallyHidden>
                      </Button>
                      <Button type="button" appearance="secondary-action-button" hint="danger" disabled={busy} onClick={() => void decide(request, 'decline')}>
                        {t('people.decline')}
                        <VisuallyHidden> {request.user.name}</VisuallyHidden>
                      </Button>
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
