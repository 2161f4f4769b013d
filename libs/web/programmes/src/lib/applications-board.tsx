import { useState, type ReactNode } from 'react';
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
import {
  DeclineApplicationDocument,
  ProgrammeDocument,
  ProgrammesDocument,
  type ApplicationFieldsFragment,
  type ProgrammeQuery,
} from '@kijkje/web/data-access';
import { ConfirmDialog, VisuallyHidden, useFormErrors, formatDate, formatNumber, ActionError } from '@kijkje/web/ui';
import { DeclineConsequence } from './release-consequence';

type Programme = ProgrammeQuery['programme'];

const ACTIVE = new Set(['SUBMITTED', 'ACCEPTED', 'PLACED']);

/** The coordinator's view of the applications; declining one asks first, naming the municipality and where its place goes. */
export function ApplicationsBoard({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const [declined, setDeclined] = useState<string | null>(null);
  const [asking, setAsking] = useState<ApplicationFieldsFragment | null>(null);
  const [decline, { loading }] = useMutation(DeclineApplicationDocument, {
    refetchQueries: [ProgrammeDocument, ProgrammesDocument],
    awaitRefetchQueries: true,
  });
  const errors = useFormErrors();
  const applications = programme.applications;
  const accepted = applications.filter((application) => ACTIVE.has(application.status));
  const waitlist = applications
    .filter((application) => application.status === 'WAITLISTED')
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const gone = applications.filter((application) => application.status === 'DECLINED' || application.status === 'WITHDRAWN');

  const onDecline = async (application: ApplicationFieldsFragment) => {
    setDeclined(null);
    errors.clear();
    try {
      await decline({ variables: { id: application.id } });
      setAsking(null);
      setDeclined(application.organisation.name);
    } catch (error) {
      setAsking(null);
      errors.fail(error);
    }
  };

  const declineButton = (application: ApplicationFieldsFragment) => (
    <Button
      type="button"
      appearance="secondary-action-button"
      hint="danger"
      disabled={loading}
      onClick={() => (errors.clear(), setDeclined(null), setAsking(application))}
    >
      {t('board.decline')}
      <VisuallyHidden> {application.organisation.name}</VisuallyHidden>
    </Button>
  );

  return (
    <section className="kijkje-section" aria-labelledby="board-heading">
      <Heading level={2} id="board-heading">
        {t('board.title')}
      </Heading>
      <div role="status">{declined && <Alert type="ok">{t('board.declined', { name: declined })}</Alert>}</div>
      <ActionError errors={errors} />
      <ApplicationTable id="accepted" title={t('board.accepted')} applications={accepted} action={declineButton} />
      <ApplicationTable id="waitlist" title={t('board.waitlist')} applications={waitlist} positions action={declineButton} />
      <ApplicationTable id="gone" title={t('board.gone')} applications={gone} />
      <ConfirmDialog
        open={asking !== null}
        tone="danger"
        testId="application-decline-dialog"
        title={t('board.declineConfirm.title', { name: asking?.organisation.name ?? '' })}
        confirmLabel={t('board.declineConfirm.submit', { name: asking?.organisation.name ?? '' })}
        cancelLabel={t('board.declineConfirm.cancel')}
        busy={loading}
        onConfirm={() => asking && void onDecline(asking)}
        onCancel={() => setAsking(null)}
      >
        {asking && <DeclineConsequence application={asking} programme={programme} />}
      </ConfirmDialog>
    </section>
  );
}

function ApplicationTable({
  id,
  title,
  applications,
  positions,
  action,
}: {
  id: string;
  title: string;
  applications: ApplicationFieldsFragment[];
  positions?: boolean;
  action?: (application: ApplicationFieldsFragment) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section className="kijkje-section" aria-labelledby={`${id}-heading`}>
      <Heading level={3} id={`${id}-heading`}>
        {title} ({formatNumber(applications.length, i18n.language)})
      </Heading>
      {applications.length === 0 ? (
        <Paragraph>{t('board.none')}</Paragraph>
      ) : (
        <div className="kijkje-table-scroll">
          <Table>
            <TableCaption className="kijkje-visually-hidden">{title}</TableCaption>
            <TableHeader>
              <TableRow>
                {positions && (
                  <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
                    {t('board.position')}
                  </TableHeaderCell>
                )}
                <TableHeaderCell scope="col">{t('board.organisation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('board.themes')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('board.preferredPeriod')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('board.submittedAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('board.status')}</TableHeaderCell>
                {action && <TableHeaderCell scope="col">{t('board.actions')}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {applications.map((application) => (
                <TableRow key={application.id}>
                  {positions && <TableCell className="utrecht-table__cell--numeric">{application.waitlistPosition ?? ''}</TableCell>}
                  <TableCell>{application.organisation.name}</TableCell>
                  <TableCell>{application.themes.join(', ')}</TableCell>
                  <TableCell>{application.preferredPeriod}</TableCell>
                  <TableCell>{formatDate(application.submittedAt, i18n.language)}</TableCell>
                  <TableCell>{t(`applications.status.${application.status}`)}</TableCell>
                  {action && <TableCell>{action(application)}</TableCell>}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
