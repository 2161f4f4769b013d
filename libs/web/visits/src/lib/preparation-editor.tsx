import { useMemo, useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SubmitPreparationDocument, VisitDocument } from '@kijkje/web/data-access';
import { useFormErrors, ActionError } from '@kijkje/web/ui';
import { PlanEditor } from './plan-editor';
import { SelfAssessmentForm, type Answers } from './self-assessment-form';
import { localised } from './visit-labels';
import type { VisitData } from './visit-page';
import { VisitWriter } from './visit-writer';

export type ConflictPart = 'plan' | 'answers';

/**
 * The host's preparation: date, place and agenda, the self-assessment (autosaved), and the
 * submission. Everything here writes through one VisitWriter; when someone else (another tab, a
 * colleague) changed the visit in between, the next write answers CONFLICT and this screen stops
 * saving until the host loads the latest version. The text typed here is kept next to it.
 */
export function PreparationEditor({ visit, onSubmitted }: { visit: VisitData; onSubmitted: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [base, setBase] = useState(visit);
  const [generation, setGeneration] = useState(0);
  const writer = useMemo(() => new VisitWriter(base.version), [base]);
  const [conflict, setConflict] = useState<ConflictPart | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadFailed, setReloadFailed] = useState(false);
  const [earlier, setEarlier] = useState<Answers | null>(null);
  const [planDirty, setPlanDirty] = useState(false);
  const answers = useRef<Answers>({});
  const flushAnswers = useRef<() => Promise<boolean>>(async () => true);

  const loadLatest = async () => {
    setReloading(true);
    setReloadFailed(false);
    try {
      const { data } = await client.query({ query: VisitDocument, variables: { id: visit.id }, fetchPolicy: 'network-only' });
      if (!data) throw new Error('no data');
      setEarlier({ ...answers.current });
      setBase(data.visit);
      setGeneration((g) => g + 1);
      setConflict(null);
      setPlanDirty(false);
    } catch {
      setReloadFailed(true);
    } finally {
      setReloading(false);
    }
  };

  const conflictNotice = (
    <Alert type="warning">
      <Paragraph>{t('preparation.conflict')}</Paragraph>
      {reloadFailed && <Paragraph>{t('common.errorGeneric')}</Paragraph>}
      <Button type="button" appearance="primary-action-button" busy={reloading} disabled={reloading} onClick={() => void loadLatest()}>
        {t('preparation.loadLatest')}
      </Button>
    </Alert>
  );

  return (
    <section className="kijkje-section" aria-labelledby="preparation-heading">
      <Heading level={2} id="preparation-heading" tabIndex={-1}>
        {t('preparation.title')}
      </Heading>
      <Paragraph>{t('preparation.intro')}</Paragraph>
      <PlanEditor
        key={`plan-${generation}`}
        visit={base}
        writer={writer}
        paused={conflict !== null}
        conflictNotice={conflict === 'plan' ? conflictNotice : null}
        onConflict={() => setConflict('plan')}
        onDirtyChange={setPlanDirty}
      />
      <SelfAssessmentForm
        key={`answers-${generation}`}
        visit={base}
        writer={writer}
        paused={conflict !== null}
        conflictNotice={conflict === 'answers' ? conflictNotice : null}
        onConflict={() => setConflict('answers')}
        earlier={earlier}
        onAnswers={(next) => (answers.current = next)}
        registerFlush={(flush) => (flushAnswers.current = flush)}
      />
      <SubmitPreparation
        visit={visit}
        writer={writer}
        blocked={conflict !== null}
        planDirty={planDirty}
        flush={() => flushAnswers.current()}
        onSubmitted={onSubmitted}
      />
    </section>
  );
}

function SubmitPreparation({
  visit,
  writer,
  blocked,
  planDirty,
  flush,
  onSubmitted,
}: {
  visit: VisitData;
  writer: VisitWriter;
  blocked: boolean;
  planDirty: boolean;
  flush: () => Promise<boolean>;
  onSubmitted: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [submit, { loading }] = useMutation(SubmitPreparationDocument);
  const [unsavedPlan, setUnsavedPlan] = useState(false);
  const errors = useFormErrors();
  const problems = visit.preparationProblems;

  const onSubmit = async () => {
    errors.clear();
    setUnsavedPlan(false);
    if (planDirty) {
      setUnsavedPlan(true);
      return;
    }
    if (!(await flush())) return;
    try {
      await writer.run(async (version) => {
        const result = await submit({ variables: { input: { visitId: visit.id, version } } });
        return { result: undefined, version: result.data?.submitPreparation.version ?? version + 1 };
      });
      onSubmitted();
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="submit-preparation-heading">
      <Heading level={3} id="submit-preparation-heading">
        {t('preparation.submitTitle')}
      </Heading>
      <Paragraph>{t('preparation.submitIntro')}</Paragraph>
      {problems.length > 0 && (
        <div data-testid="preparation-problems">
          <Paragraph>{t('preparation.problems')}</Paragraph>
          <UnorderedList>
            {problems.map((problem) => (
              <UnorderedListItem key={problem.nl}>{localised(problem, i18n.language)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      )}
      {unsavedPlan && <Alert type="warning">{t('preparation.savePlanFirst')}</Alert>}
      <ActionError errors={errors} />
      <Button type="button" appearance="primary-action-button" busy={loading} disabled={loading || blocked} onClick={() => void onSubmit()}>
        {t('preparation.submit')}
      </Button>
    </section>
  );
}
