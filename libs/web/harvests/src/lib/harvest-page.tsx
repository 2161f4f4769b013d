import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { HarvestDocument } from '@kijkje/web/data-access';
import { RouterLink, LoadingState, usePageTitle, formatDateTime } from '@kijkje/web/ui';
import { HarvestCounts } from './harvest-counts-view';
import { DetailsSection } from './harvest-details';
import { NarrativeSection } from './harvest-narrative';
import { HarvestPatterns } from './harvest-patterns-view';
import { HarvestPreview } from './harvest-preview';
import { PublicSection, VersionsSection } from './harvest-publication';
import { openQuotes, PublishBar } from './harvest-publish-bar';
import { QuotesSection } from './harvest-quotes';
import { HarvestLoadError } from './harvest-states';
import { StepNav, StepPager, useFocusOnStepChange, useStep, type Step } from './harvest-steps';
import { type Harvest } from './use-latest-harvest';
import './harvests.css';
import './harvest-editor.css';
import { HarvestSystemSignals } from './harvest-system-signals';
import { HarvestExtraParts } from './harvest-extra-parts';
import { HarvestSectionsForm } from './harvest-sections-form';

type Announce = (message: string) => void;

/** Each step's introduction (translation keys). */
const STEP_INTRO: Record<Step, string | null> = {
  tellen: 'harvest.counts.intro',
  patronen: 'harvest.patterns.intro',
  citaten: 'harvest.quotes.intro',
  verhaal: null,
  publiceren: null,
};

/**
 * The coordinator's harvest draft, in steps: tellen (counts), patronen (patterns), citaten (quotes),
 * verhaal (the narrative) and publiceren, which freezes a numbered version. The step is in the
 * address; the publish bar under every step says where the draft stands and what still holds it up.
 * Every change sends the version it started from; when someone else saved in between, both
 * versions are shown and nothing is lost.
 */
export function HarvestPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const step = useStep();
  const stepHeading = useFocusOnStepChange(step);
  const { data, loading, error } = useQuery(HarvestDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const title = data?.harvest.title ?? t('harvest.title');
  usePageTitle(`${title} · ${t(`harvest.steps.${step}`)}`);
  const [message, setMessage] = useState(() => ((location.state as { created?: boolean } | null)?.created ? t('harvest.created') : ''));
  const messageRef = useRef<HTMLDivElement>(null);
  // A save button is disabled while it saves, which takes the focus away from it: the focus goes to
  // the message that says what happened, so keyboard and screen reader users are not left at the top.
  const [focusMessage, setFocusMessage] = useState(0);
  useEffect(() => {
    if (focusMessage) messageRef.current?.focus();
  }, [focusMessage]);
  // A message belongs to the step it was said in.
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current !== step) setMessage('');
    shownStep.current = step;
  }, [step]);
  const announceAndFocus = (text: string) => {
    setMessage(text);
    setFocusMessage((n) => n + 1);
  };

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <HarvestLoadError error={error} />;
  if (!data) return null;
  const harvest = data.harvest;
  const intro = STEP_INTRO[step];

  return (
    <>
      <Paragraph>
        <RouterLink to={`/programmas/${harvest.programme.id}/oogsten`}>{t('harvest.back', { name: harvest.programme.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{harvest.title}</Heading>
      <dl className="kijkje-facts">
        <dt>{t('harvest.facts.programme')}</dt>
        <dd>{harvest.programme.name}</dd>
        <dt>{t('harvest.facts.visibility')}</dt>
        <dd data-testid="harvest-visibility">{t(`harvest.visibility.${harvest.visibility}`)}</dd>
        <dt>{t('harvest.facts.rounds')}</dt>
        <dd>{harvest.roundIds.length === 0 ? t('harvest.facts.allRounds') : t('harvest.facts.someRounds', { count: harvest.roundIds.length })}</dd>
        <dt>{t('harvest.facts.updatedAt')}</dt>
        <dd>{formatDateTime(harvest.updatedAt, i18n.language)}</dd>
      </dl>
      <StepNav current={step} open={{ citaten: openQuotes(harvest) }} />
      <div role="status" aria-live="polite" data-testid="harvest-message" ref={messageRef} tabIndex={-1}>
        {message && <Alert type="ok">{message}</Alert>}
      </div>
      {/* Not a labelled region: its heading names the step, and a region named "Verhaal" would clash with the field of that name. */}
      <div className="kijkje-section kijkje-step-view" data-step={step}>
        <Heading level={2} id="harvest-step-heading" ref={stepHeading} tabIndex={-1}>
          {t(`harvest.steps.${step}`)}
        </Heading>
        {intro && <Paragraph>{t(intro)}</Paragraph>}
        <StepView step={step} harvest={harvest} onDone={setMessage} onDoneFocus={announceAndFocus} />
        <StepPager current={step} />
      </div>
      <PublishBar harvest={harvest} />
    </>
  );
}

function StepView({ step, harvest, onDone, onDoneFocus }: { step: Step; harvest: Harvest; onDone: Announce; onDoneFocus: Announce }) {
  const { t } = useTranslation();
  switch (step) {
    case 'tellen':
      return (
        <>
          <HarvestCounts counts={harvest.counts} headingLevel={2} idPrefix="counts" />
          <HarvestSectionsForm harvest={harvest} onDone={onDoneFocus} />
          <HarvestExtraParts parts={harvest} headingLevel={3} idPrefix="draft" />
          <HarvestSystemSignals harvestId={harvest.id} headingLevel={3} />
        </>
      );
    case 'patronen':
      return <HarvestPatterns patterns={harvest.patterns} headingLevel={3} />;
    case 'citaten':
      return <QuotesSection harvest={harvest} onDone={onDone} />;
    case 'verhaal':
      return <NarrativeSection harvest={harvest} onDone={onDoneFocus} />;
    case 'publiceren':
      return (
        <>
          <Paragraph>{t(`harvest.publish.intro.${harvest.visibility}`)}</Paragraph>
          <DetailsSection harvest={harvest} onDone={onDoneFocus} />
          <PublicSection harvest={harvest} onDone={onDoneFocus} />
          <HarvestPreview harvest={harvest} />
          <VersionsSection harvest={harvest} />
        </>
      );
  }
}
