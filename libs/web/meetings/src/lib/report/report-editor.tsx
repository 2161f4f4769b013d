import { useEffect, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MeetingReportDocument, UpdateMeetingReportDocument, type MeetingReportFieldsFragment, type MeetingReportVisibility } from '@kijkje/web/data-access';
import { ConflictView, ErrorAlert, Markdown, SelectField, TextareaField, formatDateTime, useVersionedSave } from '@kijkje/web/ui';
import { reportAudience, reportVisibilityChoices } from './report-audience';

interface Draft {
  text: string;
  visibility: MeetingReportVisibility;
}

/** The report's text in Markdown beside its preview, and who will read it; saved over the version it was read at. */
export function ReportEditor({
  meetingId,
  report,
  trackSession,
  onDirty,
}: {
  meetingId: string;
  report: MeetingReportFieldsFragment;
  trackSession: boolean;
  onDirty: (dirty: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [draft, setDraft] = useState<Draft>({ text: report.text, visibility: report.visibility });
  const [update] = useMutation(UpdateMeetingReportDocument, { refetchQueries: ['MeetingReport'], awaitRefetchQueries: true });
  const changed = draft.text !== report.text || draft.visibility !== report.visibility;
  useEffect(() => onDirty(changed), [changed, onDirty]);
  const { conflict, errors, pending, send, keepMine, takeLatest } = useVersionedSave<Draft & { updatedAt: string }>(report.version, async () => {
    // Not into the cache: the form stays as typed beside what the other person saved.
    const { data } = await client.query({ query: MeetingReportDocument, variables: { meetingId }, fetchPolicy: 'no-cache' });
    const latest = data?.meetingReport;
    return latest ? { version: latest.version, value: { text: latest.text, visibility: latest.visibility, updatedAt: latest.updatedAt } } : null;
  });
  const save = async (version: number) => {
    const { data } = await update({ variables: { input: { meetingId, version, text: draft.text, visibility: draft.visibility } } });
    return data?.updateMeetingReport.version;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(save);
  };
  if (conflict) {
    return (
      <ConflictView
        testId="report-conflict"
        title={t('meetings.report.conflict.title')}
        intro={t('meetings.report.conflict.intro')}
        mineLabel={t('meetings.report.conflict.mine')}
        latestLabel={t('meetings.report.conflict.latest')}
        mine={<Markdown source={draft.text} topHeadingLevel={4} />}
        latest={<Markdown source={conflict.value.text} topHeadingLevel={4} />}
        latestMeta={<Paragraph>{t('meetings.report.conflict.savedAt', { date: formatDateTime(conflict.value.updatedAt, i18n.language) })}</Paragraph>}
        keepMineLabel={t('meetings.report.conflict.keepMine')}
        takeLatestLabel={t('meetings.report.conflict.takeLatest')}
        busy={pending}
        error={errors.general}
        onKeepMine={() => void keepMine(save)}
        onTakeLatest={() => {
          const latest = takeLatest();
          if (latest) setDraft({ text: latest.text, visibility: latest.visibility });
        }}
      />
    );
  }
  return (
    <section className="kijkje-section kijkje-report-editor" aria-labelledby="report-editor">
      <Heading level={2} id="report-editor">
        {t('meetings.report.edit')}
      </Heading>
      <form onSubmit={submit} noValidate>
        <ErrorAlert message={errors.general} />
        <SelectField
          id="report-visibility"
          label={t('meetings.report.audience')}
          value={draft.visibility}
          onChange={(value) => setDraft((d) => ({ ...d, visibility: value as MeetingReportVisibility }))}
          options={reportVisibilityChoices(trackSession).map((v) => ({ value: v, label: t(`meetings.report.visibility.${reportAudience(v, trackSession)}`) }))}
          error={errors.field('visibility')}
        />
        <TextareaField
          id="report-text"
          label={t('meetings.report.text')}
          description={t('meetings.report.textHint')}
          value={draft.text}
          onChange={(text) => setDraft((d) => ({ ...d, text }))}
          rows={16}
          error={errors.field('text')}
        />
        <div className="kijkje-meeting-table-actions">
          <Button type="submit" appearance="primary-action-button" disabled={pending || !changed}>
            {t('meetings.report.save')}
          </Button>
          {changed && <Paragraph className="kijkje-card-meta">{t('meetings.report.unsaved')}</Paragraph>}
        </div>
      </form>
      <section className="kijkje-report-preview" aria-labelledby="report-preview">
        <Heading level={3} id="report-preview">
          {t('meetings.report.preview')}
        </Heading>
        <Markdown source={draft.text} topHeadingLevel={4} />
      </section>
    </section>
  );
}
