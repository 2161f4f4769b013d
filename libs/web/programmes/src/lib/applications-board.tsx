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
import { ConfirmDialog, VisuallyHidden, useAction, formatDate, formatNumber, ActionError } from '@kijkje/web/ui';
import { DeclineConsequence } from './release-consequence';

type Programme = ProgrammeQuery['programme'];

const ACTIVE = new Set(['SUBMITTED', 'ACCEPTED', 'PLACED']);

/**
 * The coordinator's view of the applications, each with the question its municipality wants
 * reviewed; declining one asks first, naming the municipality and where its place goes.
 */
export function ApplicationsBoard({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<ApplicationFieldsFragment | null>(null);
  const [decline] = useMutation(DeclineApplicationDocument, {
    refetchQueries: [ProgrammeDocument, ProgrammesDocument],
    awaitRefetchQueries: true,
  });
  const action = useAction(async (application: ApplicationFieldsFragment) => {
    await decline({ variables: { id: application.id } });
    return application.organisation.name;
  });
  const applications = programme.applications;
  const accepted = applications.filter((application) => ACTIVE.has(application.status));
  const waitlist = applications
    .filter((application) => application.status === 'WAITLISTED')
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const gone = applications.filter((application) => application.status === 'DECLINED' || application.status === 'WITHDRAWN');

  const declineButton = (application: ApplicationFieldsFragment) => (
    <Button type="button" appearance="secondary-action-button" hint="danger" disabled={action.pending} onClick={() => (setTarget(application), action.ask())}>
      {t('board.decline')}
      <VisuallyHidden> {application.organisation.name}</VisuallyHidden>
    </Button>
  );

  return (
    <section className="kijkje-section" aria-labelledby="board-heading">
      <Heading level={2} id="board-heading">
        {t('board.title')}
      </Heading>
      <div role="status">{action.done && <Alert type="ok">{t('board.declined', { name: action.done })}</Alert>}</div>
      <ActionError errors={action.errors} />
      <ApplicationTable id="accepted" title={t('board.accepted')} applications={accepted} action={declineButton} />
      <ApplicationTable id="waitlist" title={t('board.waitlist')} applications={waitlist} positions action={declineButton} />
      <ApplicationTable id="gone" title={t('board.gone')} applications={gone} />
      <ConfirmDialog
        open={action.asking && target !== null}
        tone="danger"
        testId="application-decline-dialog"
        title={t('board.declineConfirm.title', { name: target?.organisation.name ?? '' })}
        confirmLabel={t('board.declineConfirm.submit', { name: target?.organisation.name ?? '' })}
        cancelLabel={t('board.declineConfirm.cancel')}
        busy={action.pending}
        onConfirm={() => target && void action.run(target)}
        onCancel={action.cancel}
      >
        {target && <DeclineConsequence application={target} programme={programme} />}
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
                <TableHeaderCell scope="col">{t('board.reviewQuestion')}</TableHeaderCell>
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
                  <TableCell>{application.reviewQuestion}</TableCell>
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
