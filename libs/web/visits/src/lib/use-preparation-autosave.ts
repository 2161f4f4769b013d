import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SaveSelfAssessmentDocument, UpdateVisitPlanDocument, VisitDocument } from '@kijkje/web/data-access';
import { isConflict, readApiError, readFieldPaths, useVersionedSave } from '@kijkje/web/ui';
import { incompleteItems, localPath, planChecks, planFromVisit, planToSend, type PlanDraft } from './plan-draft';
import type { Answers } from './steps';
import type { VisitData } from './visit-page';

/** Saved this long after the host stops typing, and at once on leaving a field or a step. */
export const AUTOSAVE_DELAY_MS = 1_500;
const RETRY_MS = 5_000;

export type Part = 'answers' | 'plan';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'incomplete' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict' };

export function answersFromVisit(visit: Pick<VisitData, 'selfAssessment'>): Answers {
  return Object.fromEntries((visit.selfAssessment?.answers ?? []).map((a) => [a.key, a.text]));
}

const other = (part: Part): Part => (part === 'answers' ? 'plan' : 'answers');

/**
 * The host's preparation as it is being written: the answers and the plan, each saved by itself
 * a moment after the last change, one save after the other with the version this screen's content
 * is based on (useVersionedSave). When someone else saved in between, saving stops and `conflict`
 * holds the visit as it is now, until the host keeps their own version or takes the latest.
 */
export function usePreparationAutosave(visit: VisitData) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [saveAnswers] = useMutation(SaveSelfAssessmentDocument);
  const [updatePlan] = useMutation(UpdateVisitPlanDocument);
  const versioned = useVersionedSave<VisitData>(visit.version, async () => {
    const { data } = await client.query({ query: VisitDocument, variables: { id: visit.id }, fetchPolicy: 'network-only' });
    return data ? { value: data.visit, version: data.visit.version } : null;
  });
  const [answers, setAnswers] = useState<Answers>(() => answersFromVisit(visit));
  const [plan, setPlan] = useState<PlanDraft>(() => planFromVisit(visit));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [conflictPart, setConflictPart] = useState<Part | null>(null);
  const [answerErrors, setAnswerErrors] = useState<Record<string, string>>({});
  const [planErrors, setPlanErrors] = useState<Record<string, string>>({});
  const latest = useRef({ answers, plan });
  const dirty = useRef({ answers: false, plan: false });
  const timers = useRef<Partial<Record<Part, ReturnType<typeof setTimeout>>>>({});
  const version = useRef(visit.version);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const blocked = useRef<Part | null>(null);
  const current = useRef({ versioned, t, lang: i18n.language });
  current.current = { versioned, t, lang: i18n.language };

  const clearTimer = (part: Part) => {
    const timer = timers.current[part];
    if (timer) clearTimeout(timer);
    delete timers.current[part];
  };

  const replace = (part: Part, from: VisitData) => {
    if (part === 'answers') latest.current.answers = answersFromVisit(from);
    else latest.current.plan = planFromVisit(from);
    setAnswers(latest.current.answers);
    setPlan(latest.current.plan);
    dirty.current[part] = false;
  };

  /** Sends one part over `from`; false when it was not saved (and why is in `state`). */
  const attempt = async (part: Part, from: number): Promise<boolean> => {
    const { versioned, t, lang } = current.current;
    let failure: unknown = null;
    const waiting = part === 'plan' ? incompleteItems(planChecks(latest.current.plan)) : new Set<string>();
    const sent = part === 'plan' ? planToSend(latest.current.plan, waiting) : null;
    const answersSent = latest.current.answers;
    const ok = await versioned.send(async (base) => {
      try {
        let next: number;
        if (sent) {
          const result = await updatePlan({ variables: { input: { visitId: visit.id, version: base, ...sent.input } } });
          next = result.data?.updateVisitPlan.version ?? base + 1;
        } else {
          const list = Object.entries(answersSent).map(([key, text]) => ({ key, text }));
          const result = await saveAnswers({ variables: { input: { visitId: visit.id, version: base, answers: list } } });
          next = result.data?.saveSelfAssessment.version ?? base + 1;
        }
        version.current = next;
        return next;
      } catch (error) {
        failure = error;
        throw error;
      }
    }, from);
    if (ok) {
      if (part === 'plan') setPlanErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([path]) => waiting.has(path.split('.')[0]))));
      else setAnswerErrors({});
      if (waiting.size > 0) {
        // The date, the place and the complete items are saved; the others wait until they are complete.
        dirty.current.plan = true;
        setState({ kind: 'incomplete' });
        return false;
      }
      setState(dirty.current.answers || dirty.current.plan ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
      return true;
    }
    dirty.current[part] = true;
    const view = readApiError(failure, lang);
    if (isConflict(failure)) {
      blocked.current = part;
      setConflictPart(part);
      clearTimer('answers');
      clearTimer('plan');
      setState({ kind: 'conflict' });
    } else if (view.code === 'NETWORK' || view.code === 'UNKNOWN' || view.code === 'RATE_LIMITED') {
      // Passing trouble: the text stays here and is tried again shortly.
      setState({ kind: 'offline' });
      timers.current[part] = setTimeout(() => void flush(part), RETRY_MS);
    } else {
      const paths = Object.entries(readFieldPaths(failure, lang));
      if (sent) setPlanErrors(Object.fromEntries(paths.map(([path, message]) => [localPath(path, sent.order), message])));
      else setAnswerErrors(Object.fromEntries(paths.map(([path, message]) => [path.replace(/^answers\./, ''), message])));
      setState({ kind: 'failed', message: view.message ?? t(`errors.${view.code}`) });
    }
    return false;
  };

  const save = async (part: Part, explicit: boolean): Promise<boolean> => {
    clearTimer(part);
    if (!dirty.current[part]) return true;
    if (blocked.current) return false;
    if (part === 'plan') {
      const problems = planChecks(latest.current.plan);
      const { t } = current.current;
      const shown = (errors: Record<string, string>) => Object.fromEntries(Object.entries(problems).filter(([path]) => explicit || path in errors));
      setPlanErrors((errors) => Object.fromEntries(Object.entries(shown(errors)).map(([path, key]) => [path, t(key)])));
    }
    dirty.current[part] = false;
    setState({ kind: 'saving' });
    return attempt(part, version.current);
  };

  /** Saves one part now, after the saves before it; `explicit` (leaving a step) also shows what is missing. */
  const flush = useCallback((part: Part, explicit = false): Promise<boolean> => {
    const next = chain.current.then(() => saveRef.current(part, explicit));
    chain.current = next.catch(() => false);
    return next;
  }, []);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flushAll = useCallback(async (explicit = false) => (await flush('answers', explicit)) && (await flush('plan', explicit)), [flush]);

  const changed = (part: Part) => {
    dirty.current[part] = true;
    if (blocked.current) return;
    setState({ kind: 'pending' });
    clearTimer(part);
    timers.current[part] = setTimeout(() => void flush(part), AUTOSAVE_DELAY_MS);
  };

  // Leaving the page or closing the tab: save what is still waiting.
  useEffect(() => {
    const onHide = () => void flushAll();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flushAll();
    };
  }, [flushAll]);

  const conflict = versioned.conflict;
  return {
    answers,
    plan,
    state,
    answerErrors,
    planErrors,
    conflictPart: conflict ? conflictPart : null,
    conflict,
    resolving: versioned.pending,
    flush,
    flushAll,
    changeAnswer(key: string, text: string) {
      latest.current.answers = { ...latest.current.answers, [key]: text };
      setAnswers(latest.current.answers);
      changed('answers');
    },
    changePlan(update: (plan: PlanDraft) => PlanDraft) {
      latest.current.plan = update(latest.current.plan);
      setPlan(latest.current.plan);
      changed('plan');
    },
    /** Saves this screen's version of the part in conflict over the one that won. */
    keepMine() {
      const won = conflict;
      const part = blocked.current;
      if (!won || !part) return;
      blocked.current = null;
      if (!dirty.current[other(part)]) replace(other(part), won.value);
      setState({ kind: 'saving' });
      const next = chain.current.then(async () => {
        dirty.current[part] = false;
        if (!(await attempt(part, won.version))) return;
        setConflictPart(null);
        if (dirty.current[other(part)]) void flush(other(part));
      });
      chain.current = next.catch(() => false);
    },
    /** Goes on from the version that won; what was typed here in the part in conflict gives way. */
    takeLatest() {
      const part = blocked.current;
      const won = versioned.takeLatest();
      if (!won || !part) return;
      blocked.current = null;
      version.current = won.version;
      replace(part, won);
      if (!dirty.current[other(part)]) replace(other(part), won);
      setConflictPart(null);
      setState({ kind: 'idle' });
      if (dirty.current[other(part)]) void flush(other(part));
    },
    /** Runs another write to the visit (the submission) after the saves, with the latest version. */
    inLine(task: (version: number) => Promise<number>): Promise<void> {
      const next = chain.current.then(async () => {
        version.current = await task(version.current);
      });
      chain.current = next.catch(() => undefined);
      return next;
    },
  };
}

export type PreparationAutosave = ReturnType<typeof usePreparationAutosave>;
