import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { HARVEST_VISIBILITIES } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { HarvestDocument, UpdateHarvestDocument, type HarvestVisibility } from '@kijkje/web/data-access';
import { TextareaField, TextField, RouterLink, ErrorAlert, LoadingState, usePageTitle, formatDateTime, Markdown } from '@kijkje/web/ui';
import { HarvestCounts, HarvestPatterns } from './harvest-counts-view';
import { HarvestLoadError } from './harvest-states';
import { PublicSection, PublishSection, VersionsSection } from './harvest-publication';
import { QuotesSection } from './harvest-quotes';
import { ConflictView, useVersionedSave } from './harvest-save';
import { type Harvest } from './use-latest-harvest';
import './harvests.css';

type Announce = (message: string) => void;

/**
 * The coordinator's harvest draft: tellen (counts), patronen (patterns), vertellen (quotes and the
 * narrative), then publishing, which freezes a numbered version. Every change sends the version it
 * started from; when someone else saved in between, both versions are shown and nothing is lost.
 */
export function HarvestPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const { data, loading, error } = useQuery(HarvestDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle(data?.harvest.title ?? t('harvest.title'));
  const [message, setMessage] = useState(() => ((location.state as { created?: boolean } | null)?.created ? t('harvest.created') : ''));
  const messageRef = useRef<HTMLDivElement>(null);
  // A save button is disabled while it saves, which takes the focus away from it: the focus goes to
  // the message that says what happened, so keyboard and screen reader users are not left at the top.
  const [focusMessage, setFocusMessage] = useState(0);
  useEffect(() => {
    if (focusMessage) messageRef.current?.focus();
  }, [focusMessage]);
  const announceAndFocus = (text: string) => {
    setMessage(text);
    setFocusMessage((n) => n + 1);
  };

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <HarvestLoadError error={error} />;
  if (!data) return null;
  const harvest = data.harvest;

  return (
    <>
      <Paragraph>
        <RouterLink to={`/programmas/${harvest.programme.id}/oogsten`}>{t('harvest.back', { name: harvest.programme.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{harvest.title}</Heading>
      <div role="status" aria-live="polite" data-testid="harvest-message" ref={messageRef} tabIndex={-1}>
        {message && <Alert type="ok">{message}</Alert>}
      </div>
      <dl className="kijkje-facts">
        <dt>{t('harvest.facts.programme')}</dt>
        <dd>{harvest.programme.name}</dd>
        <dt>{t('harvest.facts.status')}</dt>
        <dd data-testid="harvest-status">{t(`harvest.status.${harvest.status}`, { defaultValue: harvest.status })}</dd>
        <dt>{t('harvest.facts.visibility')}</dt>
        <dd data-testid="harvest-visibility">{t(`harvest.visibility.${harvest.visibility}`)}</dd>
        <dt>{t('harvest.facts.rounds')}</dt>
        <dd>{harvest.roundIds.length === 0 ? t('harvest.facts.allRounds') : t('harvest.facts.someRounds', { count: harvest.roundIds.length })}</dd>
        <dt>{t('harvest.facts.updatedAt')}</dt>
        <dd>{formatDateTime(harvest.updatedAt, i18n.language)}</dd>
      </dl>
      <DetailsSection harvest={harvest} onDone={announceAndFocus} />
      <section className="kijkje-section" aria-labelledby="harvest-counts-heading">
        <Heading level={2} id="harvest-counts-heading">
          {t('harvest.counts.title')}
        </Heading>
        <Paragraph>{t('harvest.counts.intro')}</Paragraph>
        <HarvestCounts counts={harvest.counts} headingLevel={2} idPrefix="counts" />
      </section>
      <section className="kijkje-section" aria-labelledby="harvest-patterns-heading">
        <Heading level={2} id="harvest-patterns-heading">
          {t('harvest.patterns.title')}
        </Heading>
        <Paragraph>{t('harvest.patterns.intro')}</Paragraph>
        <HarvestPatterns patterns={harvest.patterns} headingLevel={3} />
      </section>
      <QuotesSection harvest={harvest} onDone={setMessage} />
      <NarrativeSection harvest={harvest} onDone={announceAndFocus} />
      <PublishSection harvest={harvest} />
      <PublicSection harvest={harvest} onDone={announceAndFocus} />
      <VersionsSection harvest={harvest} />
    </>
  );
}

function DetailsSection({ harvest, onDone }: { harvest: Harvest; onDone: Announce }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(harvest.title);
  const [visibility, setVisibility] = useState<HarvestVisibility>(harvest.visibility);
  const [update, { loading }] = useMutation(UpdateHarvestDocument);
  const {
    save: send,
    conflict,
    setConflict,
    errors,
  } = useVersionedSave(
    harvest.id,
    (version) => update({ variables: { input: { id: harvest.id, version, title: title.trim(), visibility } } }),
    () => onDone(t('harvest.details.saved')),
  );
  const save = async (version: number) => {
    if (errors.check(title.trim() ? {} : { title: 'common.required' })) await send(version);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(harvest.version);
  };

  return (
    <section className="kijkje-section" aria-labelledby="harvest-details-heading">
      <Heading level={2} id="harvest-details-heading">
        {t('harvest.details.title')}
      </Heading>
      {conflict ? (
        <ConflictView
          mine={[
            [t('harvest.fields.title'), title],
            [t('harvest.fields.visibility'), t(`harvest.visibility.${visibility}`)],
          ]}
          theirs={[
            [t('harvest.fields.title'), conflict.title],
            [t('harvest.fields.visibility'), t(`harvest.visibility.${conflict.visibility}`)],
          ]}
          updatedAt={conflict.updatedAt}
          busy={loading}
          onKeepMine={() => void save(conflict.version)}
          onTakeLatest={() => {
            setTitle(conflict.title);
            setVisibility(conflict.visibility);
            setConflict(null);
            onDone(t('harvest.conflict.tookLatest'));
          }}
        />
      ) : (
        <form className="kijkje-form" noValidate onSubmit={onSubmit}>
          <ErrorAlert message={errors.general} />
          <TextField id="harvest-edit-title" label={t('harvest.fields.title')} value={title} onChange={setTitle} required error={errors.field('title')} />
          <Fieldset>
            <FieldsetLegend>{t('harvest.fields.visibility')}</FieldsetLegend>
            {HARVEST_VISIBILITIES.map((level) => (
              <FormField
                key={level}
                type="radio"
                label={
                  <FormLabel htmlFor={`harvest-edit-visibility-${level}`} type="radio">
                    {t(`harvest.visibilityOption.${level}`)}
                  </FormLabel>
                }
                input={
                  <RadioButton
                    id={`harvest-edit-visibility-${level}`}
                    name="edit-visibility"
                    value={level}
                    checked={visibility === level}
                    onChange={() => setVisibility(level)}
                  />
                }
              />
            ))}
          </Fieldset>
          <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
            {t('harvest.details.save')}
          </Button>
        </form>
      )}
    </section>
  );
}

function NarrativeSection({ harvest, onDone }: { harvest: Harvest; onDone: Announce }) {
  const { t } = useTranslation();
  const [narrative, setNarrative] = useState(harvest.narrative);
  const [update, { loading }] = useMutation(UpdateHarvestDocument);
  const { save, conflict, setConflict, errors } = useVersionedSave(
    harvest.id,
    (version) => update({ variables: { input: { id: harvest.id, version, narrative } } }),
    () => onDone(t('harvest.narrative.saved')),
  );
  const changed = narrative !== harvest.narrative;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(harvest.version);
  };

  return (
    <section className="kijkje-section" aria-labelledby="harvest-narrative-heading">
      <Heading level={2} id="harvest-narrative-heading">
        {t('harvest.narrative.title')}
      </Heading>
      {conflict ? (
        <ConflictView
          markdown
          mine={[[t('harvest.narrative.title'), narrative]]}
          theirs={[[t('harvest.narrative.title'), conflict.narrative]]}
          updatedAt={conflict.updatedAt}
          busy={loading}
          onKeepMine={() => void save(conflict.version)}
          onTakeLatest={() => {
            setNarrative(conflict.narrative);
            setConflict(null);
            onDone(t('harvest.conflict.tookLatest'));
          }}
        />
      ) : (
        <div className="kijkje-narrative">
          <form noValidate onSubmit={onSubmit} className="kijkje-form">
            <ErrorAlert message={errors.general} />
            <TextareaField
              id="harvest-narrative"
              label={t('harvest.narrative.label')}
              description={t('harvest.narrative.description')}
              value={narrative}
              onChange={setNarrative}
              rows={10}
              error={errors.field('narrative')}
            />
            <div className="kijkje-actions">
              <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
                {t('harvest.narrative.save')}
              </Button>
              {changed && <Paragraph className="kijkje-harvest-meta">{t('harvest.narrative.unsaved')}</Paragraph>}
            </div>
          </form>
          <section className="kijkje-preview" aria-labelledby="harvest-preview-heading">
            <Heading level={3} id="harvest-preview-heading">
              {t('harvest.narrative.preview')}
            </Heading>
            {narrative.trim() ? <Markdown source={narrative} topHeadingLevel={4} /> : <Paragraph>{t('harvest.narrative.empty')}</Paragraph>}
          </section>
        </div>
      )}
    </section>
  );
}
