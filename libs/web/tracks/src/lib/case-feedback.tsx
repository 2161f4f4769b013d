import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { GiveTrackFeedbackDocument, type TrackCaseFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, SelectField, TextareaField, formatDate, formatDateTime, useAction } from '@kijkje/web/ui';

/** Feedback on the case per session, in the schedule's order; whoever may read the case but its owner gives it. */
export function CaseFeedback({ kase }: { kase: TrackCaseFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const sessions = kase.sessions.filter((s) => kase.feedback.some((f) => f.sessionId === s.id));
  return (
    <section className="kijkje-section" aria-labelledby="case-feedback">
      <Heading level={2} id="case-feedback">
        {t('tracks.case.feedback')}
      </Heading>
      {kase.feedback.length === 0 && <Paragraph>{t('tracks.case.noFeedback')}</Paragraph>}
      {sessions.map((s) => (
        <section key={s.id} aria-labelledby={`feedback-${s.id}`}>
          <Heading level={3} id={`feedback-${s.id}`}>
            {s.title} · {formatDate(s.startsAt, i18n.language)}
          </Heading>
          <ul className="kijkje-track-feedback">
            {kase.feedback
              .filter((f) => f.sessionId === s.id)
              .map((f) => (
                <li key={f.id}>
                  <Paragraph className="kijkje-track-text">{f.text}</Paragraph>
                  <Paragraph className="kijkje-track-meta">
                    {f.authorName ? t('tracks.case.from', { name: f.authorName }) : t('tracks.case.fromFormer')} · {formatDateTime(f.createdAt, i18n.language)}
                  </Paragraph>
                </li>
              ))}
          </ul>
        </section>
      ))}
      {kase.canGiveFeedback && kase.sessions.length > 0 && <GiveFeedback kase={kase} />}
    </section>
  );
}

function GiveFeedback({ kase }: { kase: TrackCaseFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const [give] = useMutation(GiveTrackFeedbackDocument);
  const [sessionId, setSessionId] = useState(kase.sessions[0].id);
  const [text, setText] = useState('');
  const action = useAction(() => give({ variables: { input: { participantId: kase.participantId, sessionId, text } } }), { onDone: () => setText('') });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="case-feedback-give">
      <Heading level={3} id="case-feedback-give">
        {t('tracks.case.giveFeedback')}
      </Heading>
      <div role="status">{action.succeeded && <Alert type="ok">{t('tracks.case.feedbackSent')}</Alert>}</div>
      <ErrorAlert message={action.errors.general} />
      <SelectField
        id="feedback-session"
        label={t('tracks.case.session')}
        value={sessionId}
        onChange={setSessionId}
        options={kase.sessions.map((s) => ({ value: s.id, label: `${s.title} · ${formatDate(s.startsAt, i18n.language)}` }))}
        error={action.errors.field('sessionId')}
      />
      <TextareaField
        id="feedback-text"
        label={t('tracks.case.feedbackText')}
        value={text}
        onChange={setText}
        rows={4}
        required
        error={action.errors.field('text')}
      />
      <Paragraph>
        <Button type="submit" appearance="primary-action-button" disabled={action.pending}>
          {t('tracks.case.sendFeedback')}
        </Button>
      </Paragraph>
    </form>
  );
}
