import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SaveSelfAssessmentDocument } from '@kijkje/web/data-access';
import { TextareaField, VisuallyHidden, toLang, readApiError, readFieldPaths } from '@kijkje/web/ui';
import { formatClock } from './visit-labels';
import type { VisitData } from './visit-page';
import type { VisitWriter } from './visit-writer';

export type Answers = Record<string, string>;

/** Saved this long after the host stops typing (and at once on leaving a field). */
export const AUTOSAVE_DELAY_MS = 1_500;
const RETRY_MS = 5_000;
const ANSWER_MAX = 10_000;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict' };

export function answerKey(theme: string | null | undefined, question: string): string {
  return theme ? `theme:${theme}:${question}` : `general:${question}`;
}

interface Props {
  visit: VisitData;
  writer: VisitWriter;
  paused: boolean;
  conflictNotice: ReactNode;
  onConflict: () => void;
  /** What was typed here before the latest version was loaded, to put back by choice. */
  earlier: Answers | null;
  onAnswers: (answers: Answers) => void;
  /** Lets the submission save what is still waiting first; resolves false when that failed. */
  registerFlush: (flush: () => Promise<boolean>) => void;
}

/**
 * The self-assessment, generated from the programme's framework: the general part (foto van
 * nu, stip aan de horizon), then per theme the three questions. Autosaved; the status says
 * politely when it was saved.
 */
export function SelfAssessmentForm({ visit, writer, paused, conflictNotice, onConflict, earlier, onAnswers, registerFlush }: Props) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const [answers, setAnswers] = useState<Answers>(() => Object.fromEntries((visit.selfAssessment?.answers ?? []).map((a) => [a.key, a.text])));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [restored, setRestored] = useState<Set<string>>(new Set());
  const [save] = useMutation(SaveSelfAssessmentDocument);
  const latest = useRef(answers);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pausedRef = useRef(paused);
  const onConflictRef = useRef(onConflict);
  useEffect(() => {
    pausedRef.current = paused;
    onConflictRef.current = onConflict;
  });

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimer();
    if (!dirty.current) return true;
    if (pausedRef.current) return false;
    dirty.current = false;
    const snapshot = latest.current;
    setState({ kind: 'saving' });
    try {
      await writer.run(async (version) => {
        const result = await save({
          variables: { input: { visitId: visit.id, version, answers: Object.entries(snapshot).map(([key, text]) => ({ key, text })) } },
        });
        return { result: undefined, version: result.data?.saveSelfAssessment.version ?? version + 1 };
      });
      setFieldErrors({});
      setState(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
      return true;
    } catch (error) {
      dirty.current = true;
      const view = readApiError(error, i18n.language);
      if (view.code === 'CONFLICT') {
        setState({ kind: 'conflict' });
        onConflictRef.current();
      } else if (view.code === 'NETWORK' || view.code === 'UNKNOWN' || view.code === 'RATE_LIMITED') {
        // Passing trouble: the text stays here and is tried again shortly.
        setState({ kind: 'offline' });
        timer.current = setTimeout(() => void flush(), RETRY_MS);
      } else {
        const paths = readFieldPaths(error, i18n.language);
        setFieldErrors(Object.fromEntries(Object.entries(paths).map(([path, message]) => [path.replace(/^answers\./, ''), message])));
        setState({ kind: 'failed', message: view.message ?? t(`errors.${view.code}`) });
      }
      return false;
    }
  }, [i18n.language, save, t, visit.id, writer]);

  useEffect(() => registerFlush(flush), [flush, registerFlush]);

  // Leaving the page (or this form) or closing the tab: save what is still waiting.
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);
  const flushLatest = useCallback(() => flushRef.current(), []);
  useEffect(() => {
    const onHide = () => void flushLatest();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flushLatest();
    };
  }, [flushLatest]);

  const change = (key: string, text: string) => {
    const next = { ...latest.current, [key]: text };
    latest.current = next;
    setAnswers(next);
    onAnswers(next);
    dirty.current = true;
    if (pausedRef.current) return;
    setState({ kind: 'pending' });
    clearTimer();
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  };

  const status = (() => {
    switch (state.kind) {
      case 'idle':
        return '';
      case 'pending':
        return t('selfAssessment.pending');
      case 'saving':
        return t('selfAssessment.saving');
      case 'saved':
        return t('selfAssessment.savedAt', { time: formatClock(state.at, i18n.language) });
      case 'offline':
        return t('selfAssessment.offline');
      case 'failed':
        return t('selfAssessment.failed', { message: state.message });
      case 'conflict':
        return t('selfAssessment.conflict');
    }
  })();

  return (
    <section className="kijkje-section" aria-labelledby="self-assessment-heading">
      <Heading level={3} id="self-assessment-heading">
        {t('selfAssessment.title')}
      </Heading>
      <Paragraph>{t('selfAssessment.intro')}</Paragraph>
      <Paragraph className="kijkje-autosave" role="status" data-testid="autosave-status">
        {status}
      </Paragraph>
      {conflictNotice}
      <form className="kijkje-form" noValidate onSubmit={(event) => event.preventDefault()}>
        {visit.programme.framework.map((section, sectionIndex) => (
          <Fieldset key={section.theme ?? 'general'}>
            <FieldsetLegend>
              <Heading level={4}>{section.theme ?? t('selfAssessment.general')}</Heading>
            </FieldsetLegend>
            {section.questions.map((question, questionIndex) => {
              const key = answerKey(section.theme, question.key);
              const id = `answer-${sectionIndex}-${questionIndex}`;
              const before = earlier?.[key];
              const showEarlier = before && before.trim() !== '' && before !== (answers[key] ?? '') && !restored.has(key);
              return (
                <div key={key}>
                  <TextareaField
                    id={id}
                    label={
                      <>
                        {question[lang]}
                        {section.theme && <VisuallyHidden> ({section.theme})</VisuallyHidden>}
                      </>
                    }
                    description={question.hint[lang]}
                    value={answers[key] ?? ''}
                    onChange={(text) => change(key, text)}
                    onBlur={() => void flush()}
                    maxLength={ANSWER_MAX}
                    rows={section.theme ? 4 : 6}
                    error={fieldErrors[key] ?? null}
                  />
                  {showEarlier && (
                    <details>
                      <summary>{t('selfAssessment.earlierSummary')}</summary>
                      <Paragraph className="kijkje-answer">{before}</Paragraph>
                      <Button
                        type="button"
                        appearance="secondary-action-button"
                        onClick={() => {
                          setRestored((current) => new Set(current).add(key));
                          change(key, before);
                        }}
                      >
                        {t('selfAssessment.restore')}
                      </Button>
                    </details>
                  )}
                </div>
              );
            })}
          </Fieldset>
        ))}
      </form>
    </section>
  );
}
