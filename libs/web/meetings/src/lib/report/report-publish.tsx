import { useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { nextVersionNumber } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { PublishMeetingReportDocument, type MeetingReportFieldsFragment } from '@kijkje/web/data-access';
import { ActionError, ConfirmDialog, toLang, useAction } from '@kijkje/web/ui';
import { reportAudience, reportNotice } from './report-audience';

/** The coordinator's preview of the public page as publishing the draft now would make it. */
export function reportPreviewPath(meetingId: string, lang: string): string {
  return `/export/bijeenkomstverslag-voorbeeld/${encodeURIComponent(meetingId)}${lang.startsWith('en') ? '?taal=en' : ''}`;
}

/**
 * What still holds publishing up, and publishing itself: it asks first, naming the version and
 * who will read it; for everyone, with a preview of exactly the page the public will see.
 */
export function ReportPublish({
  meetingId,
  report,
  dirty,
  trackSession,
}: {
  meetingId: string;
  report: MeetingReportFieldsFragment;
  dirty: boolean;
  trackSession: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const [publish] = useMutation(PublishMeetingReportDocument, { refetchQueries: ['MeetingReport', 'Meeting'], awaitRefetchQueries: true });
  const number = nextVersionNumber(report.versions.map((v) => v.number));
  const action = useAction(
    async () => {
      await publish({ variables: { input: { meetingId, version: report.version } } });
      return number;
    },
    { focusAfter: doneRef },
  );
  const blocked = report.problems.length > 0 || dirty || !report.canPublish;
  const audience = reportAudience(report.visibility, trackSession);
  return (
    <section className="kijkje-section" aria-labelledby="report-publish" data-testid="report-publish">
      <Heading level={2} id="report-publish">
        {t('meetings.report.publish.title')}
      </Heading>
      {report.problems.length > 0 && (
        <ul data-testid="report-problems">
          {report.problems.map((p) => (
            <li key={p.code}>{p[lang]}</li>
          ))}
        </ul>
      )}
      {dirty && <Paragraph>{t('meetings.report.publish.saveFirst')}</Paragraph>}
      <ActionError errors={action.errors} />
      <div role="status" aria-live="polite">
        {action.done && (
          <Paragraph ref={doneRef} tabIndex={-1}>
            {t('meetings.report.publish.done', { number: action.done })}{' '}
            {audience === 'PUBLIC' && <Link href={report.publicPath}>{t('meetings.report.publicPage')}</Link>}
          </Paragraph>
        )}
      </div>
      <Button appearance="primary-action-button" disabled={blocked} onClick={action.ask}>
        {t(`meetings.report.publish.submit.${audience}`)}
      </Button>
      <ConfirmDialog
        open={action.asking}
        testId="report-publish-dialog"
        title={t(`meetings.report.publish.confirm.${audience}`, { number })}
        confirmLabel={t(`meetings.report.publish.submit.${audience}`)}
        cancelLabel={t('meetings.organiser.cancelStep')}
        busy={action.pending}
        onConfirm={() => void action.run()}
        onCancel={action.cancel}
      >
        <Paragraph>{t(`meetings.report.publish.what.${audience}`, { number, path: report.publicPath })}</Paragraph>
        {report.serving === 'PUBLIC' && audience === 'NETWORK' && (
          <Paragraph>{t('meetings.report.publish.takesDown', { current: report.servingNumber })}</Paragraph>
        )}
        <Paragraph>{t(`meetings.report.publish.told.${reportNotice(audience)}`)}</Paragraph>
        {audience === 'PUBLIC' && (
          <Paragraph>
            <Link href={reportPreviewPath(meetingId, i18n.language)} target="_blank" rel="noopener" data-testid="report-preview-link">
              {t('meetings.report.publish.preview')}
            </Link>
          </Paragraph>
        )}
      </ConfirmDialog>
    </section>
  );
}
