import { useMutation } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  DecideMeetingReportWordDocument,
  type MeetingReportFieldsFragment,
  type MeetingReportWordDecision,
  type MeetingReportWordReplacement,
} from '@kijkje/web/data-access';
import { ActionError, VisuallyHidden, useAction } from '@kijkje/web/ui';

/**
 * The words of the report that may be names, each in its context, with one click to replace it by
 * "[naam]" or "[plaats]" or to keep it (as in a harvest's quotes). The server decides what is
 * flagged; publishing waits until every word is decided, and keeping is audited.
 */
export function ReportFlags({ meetingId, report }: { meetingId: string; report: MeetingReportFieldsFragment }) {
  const { t } = useTranslation();
  const [decide] = useMutation(DecideMeetingReportWordDocument, { refetchQueries: ['MeetingReport'], awaitRefetchQueries: true });
  const action = useAction((word: string, decision: MeetingReportWordDecision, replacement: MeetingReportWordReplacement | null) =>
    decide({ variables: { input: { meetingId, version: report.version, word, decision, replacement } } }),
  );
  if (report.flags.length === 0) return null;
  // One row per word: a word flagged twice is decided once.
  const words = [...new Map(report.flags.map((f) => [f.key, f])).values()];
  return (
    <section className="kijkje-section" aria-labelledby="report-flags">
      <Alert type="warning">
        <Paragraph id="report-flags">{t('meetings.report.flags.intro', { count: words.length })}</Paragraph>
        <ActionError errors={action.errors} />
        <ul className="kijkje-flags">
          {words.map((flag) => (
            <li key={flag.key} data-flag={flag.key}>
              <Paragraph>
                …{flag.before}
                <mark>{flag.text}</mark>
                {flag.after}… <span className="kijkje-card-meta">({t(`meetings.report.flags.reason.${flag.reason}`)})</span>
              </Paragraph>
              <div className="kijkje-meeting-table-actions">
                {(['PERSON', 'PLACE'] as const).map((replacement) => (
                  <Button
                    key={replacement}
                    appearance="secondary-action-button"
                    disabled={action.pending}
                    onClick={() => void action.run(flag.key, 'REPLACE', replacement)}
                  >
                    {t(`meetings.report.flags.replace.${replacement}`)}
                    <VisuallyHidden> {flag.text}</VisuallyHidden>
                  </Button>
                ))}
                <Button appearance="subtle-button" disabled={action.pending} onClick={() => void action.run(flag.key, 'KEEP', null)}>
                  {t('meetings.report.flags.keep')}
                  <VisuallyHidden> {flag.text}</VisuallyHidden>
                </Button>
              </div>
            </li>
          ))}
        </ul>
      </Alert>
    </section>
  );
}
