import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { TextareaField, TextField, VisuallyHidden } from '@kijkje/web/ui';
import { HARVEST_VISIBILITIES } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import {
  AddHarvestQuoteDocument,
  HarvestDocument,
  RemoveHarvestQuoteDocument,
  UpdateHarvestDocument,
  UpdateHarvestQuoteDocument,
  type HarvestVisibility,
} from '../../generated/graphql';
import { RouterLink } from '../../app/router-link';
import { ErrorAlert, LoadingState } from '../../app/states';
import { useFormErrors } from '../../app/use-form-errors';
import { usePageTitle } from '../../app/use-page-title';
import { formatDateTime } from '../../lib/format';
import { ActionError } from '../programmes/action-error';
import { Markdown } from '../findings/markdown';
import { HarvestCounts, HarvestPatterns } from './harvest-counts-view';
import { HarvestLoadError } from './harvest-states';
import { PublicSection, PublishSection, VersionsSection } from './harvest-publication';
import { QuoteFlags } from './quote-flags';
import { isConflict, useLatest, type Harvest } from './use-latest-harvest';
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

/**
 * Saves a change to the draft with the version it started from. On CONFLICT it fetches the draft
 * as the server has it now into `conflict`, so that both versions can be shown and nothing is lost.
 */
function useVersionedSave(harvestId: string, send: (version: number) => Promise<unknown>, onSaved: () => void) {
  const errors = useFormErrors();
  const latest = useLatest(harvestId);
  const [conflict, setConflict] = useState<Harvest | null>(null);
  const save = async (version: number) => {
    errors.clear();
    try {
      await send(version);
      setConflict(null);
      onSaved();
    } catch (error) {
      if (isConflict(error)) setConflict(await latest());
      else errors.fail(error);
    }
  };
  return { save, conflict, setConflict, errors };
}

function DetailsSection({ harvest, onDone }: { harvest: Harvest; onDone: Announce }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(harvest.title);
  const [visibility, setVisibility] = useState<HarvestVisibility>(harvest.visibility);
  const [update, { loading }] = useMutation(UpdateHarvestDocument);
  const { save: send, conflict, setConflict, errors } = useVersionedSave(
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
                input={<RadioButton id={`harvest-edit-visibility-${level}`} name="edit-visibility" value={level} checked={visibility === level} onChange={() => setVisibility(level)} />}
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

function ConflictView({
  mine,
  theirs,
  updatedAt,
  busy,
  onKeepMine,
  onTakeLatest,
  markdown,
}: {
  mine: [string, string][];
  theirs: [string, string][];
  updatedAt: string;
  busy: boolean;
  onKeepMine: () => void;
  onTakeLatest: () => void;
  markdown?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const show = (rows: [string, string][]) =>
    markdown ? (
      <Markdown source={rows[0][1]} topHeadingLevel={5} />
    ) : (
      <dl className="kijkje-facts">
        {rows.map(([label, value]) => (
          <div key={label} className="kijkje-facts-pair">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    );
  return (
    <div className="kijkje-conflict" data-testid="harvest-conflict">
      <div ref={ref} tabIndex={-1}>
        <Alert type="warning">
          <Paragraph>{t('harvest.conflict.intro')}</Paragraph>
        </Alert>
      </div>
      <div className="kijkje-versions">
        <section aria-label={t('harvest.conflict.mine')}>
          <Heading level={4}>{t('harvest.conflict.mine')}</Heading>
          {show(mine)}
        </section>
        <section aria-label={t('harvest.conflict.latest')}>
          <Heading level={4}>{t('harvest.conflict.latest')}</Heading>
          <Paragraph className="kijkje-harvest-meta">{t('harvest.conflict.savedAt', { date: formatDateTime(updatedAt, i18n.language) })}</Paragraph>
          {show(theirs)}
        </section>
      </div>
      <div className="kijkje-actions">
        <Button type="button" appearance="primary-action-button" busy={busy} disabled={busy} onClick={onKeepMine}>
          {t('harvest.conflict.keepMine')}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={onTakeLatest}>
          {t('harvest.conflict.takeLatest')}
        </Button>
      </div>
    </div>
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

function QuotesSection({ harvest, onDone }: { harvest: Harvest; onDone: Announce }) {
  const { t } = useTranslation();
  const [add, adding] = useMutation(AddHarvestQuoteDocument);
  const [remove, removing] = useMutation(RemoveHarvestQuoteDocument);
  const [editing, setEditing] = useState<string | null>(null);
  // When the quote editor closes (saved, cancelled, or a conflict settled), the focus goes back to
  // the button that opened it; if that quote is gone meanwhile, to the list's heading.
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  useEffect(() => {
    if (returnFocus === null || editing !== null) return;
    (document.getElementById(editButtonId(returnFocus)) ?? quotesHeading.current)?.focus();
    setReturnFocus(null);
  }, [returnFocus, editing]);
  const errors = useFormErrors();
  const latest = useLatest(harvest.id);
  const quotesHeading = useRef<HTMLHeadingElement>(null);
  const busy = adding.loading || removing.loading;

  // A decision on a flagged word is a single action too: take the latest draft and say so.
  const settleConflict = async () => {
    await latest();
    onDone(t('harvest.quotes.changedElsewhere'));
  };

  const run = async (action: () => Promise<unknown>, done: string) => {
    errors.clear();
    try {
      await action();
      onDone(done);
      quotesHeading.current?.focus();
    } catch (error) {
      if (isConflict(error)) {
        // Quotes are single actions: take the latest draft and say so; the coordinator acts again.
        await latest();
        onDone(t('harvest.quotes.changedElsewhere'));
      } else errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="harvest-quotes-heading">
      <Heading level={2} id="harvest-quotes-heading">
        {t('harvest.quotes.title')}
      </Heading>
      <Paragraph>{t('harvest.quotes.intro')}</Paragraph>
      <ActionError errors={errors} />
      <Heading level={3} id="harvest-chosen-heading" ref={quotesHeading} tabIndex={-1}>
        {t('harvest.quotes.chosen', { count: harvest.quotes.length })}
      </Heading>
      {harvest.quotes.length === 0 ? (
        <Paragraph>{t('harvest.quotes.noneChosen')}</Paragraph>
      ) : (
        <ol className="kijkje-quotes" aria-labelledby="harvest-chosen-heading" data-testid="harvest-quotes">
          {harvest.quotes.map((quote, index) => (
            <li key={quote.findingId} data-finding-id={quote.findingId}>
              <Paragraph className="kijkje-harvest-meta">
                {t('harvest.quotes.number', { n: index + 1 })} · {quote.kind ? t(`findings.kind.${quote.kind}`) : ''} · {quote.theme ?? ''}
              </Paragraph>
              {editing === quote.findingId ? (
                <QuoteEditor
                  harvest={harvest}
                  quote={quote}
                  index={index}
                  onDone={(message) => {
                    setEditing(null);
                    setReturnFocus(quote.findingId);
                    if (message) onDone(message);
                  }}
                />
              ) : (
                <>
                  <blockquote className="kijkje-quote">
                    <Paragraph>{quote.text}</Paragraph>
                  </blockquote>
                  {quote.consent === null && <Alert type="warning">{t('harvest.quotes.withdrawn')}</Alert>}
                  {quote.remainingNames.length > 0 && <Alert type="warning">{t('harvest.quotes.remainingNames', { names: quote.remainingNames.join(', ') })}</Alert>}
                  <QuoteFlags harvest={harvest} quote={quote} index={index} onDone={onDone} onConflict={settleConflict} />
                  <div className="kijkje-actions">
                    <Button id={editButtonId(quote.findingId)} type="button" appearance="secondary-action-button" disabled={busy} onClick={() => setEditing(quote.findingId)}>
                      {t('harvest.quotes.edit')}
                      <VisuallyHidden> {t('harvest.quotes.number', { n: index + 1 })}</VisuallyHidden>
                    </Button>
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      hint="danger"
                      disabled={busy}
                      onClick={() => void run(() => remove({ variables: { input: { harvestId: harvest.id, findingId: quote.findingId, version: harvest.version } } }), t('harvest.quotes.removed'))}
                    >
                      {t('harvest.quotes.remove')}
                      <VisuallyHidden> {t('harvest.quotes.number', { n: index + 1 })}</VisuallyHidden>
                    </Button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <Heading level={3} id="harvest-candidates-heading">
        {t('harvest.quotes.candidates', { count: harvest.candidates.length })}
      </Heading>
      <Paragraph>{t('harvest.quotes.candidatesIntro')}</Paragraph>
      {harvest.candidates.length === 0 ? (
        <Paragraph>{t('harvest.quotes.noCandidates')}</Paragraph>
      ) : (
        <ul className="kijkje-quotes" aria-labelledby="harvest-candidates-heading" data-testid="harvest-candidates">
          {harvest.candidates.map((candidate, index) => (
            <li key={candidate.findingId} data-finding-id={candidate.findingId}>
              <Paragraph className="kijkje-harvest-meta">
                {t(`findings.kind.${candidate.kind}`)} · {candidate.theme} · {t('harvest.quotes.consent', { level: t(`programmes.sharing.${candidate.consent}`) })}
              </Paragraph>
              <blockquote className="kijkje-quote">
                <Paragraph>{candidate.preview}</Paragraph>
              </blockquote>
              <Button
                type="button"
                appearance="secondary-action-button"
                disabled={busy}
                onClick={() => void run(() => add({ variables: { input: { harvestId: harvest.id, findingId: candidate.findingId, version: harvest.version } } }), t('harvest.quotes.added'))}
              >
                {t('harvest.quotes.add')}
                <VisuallyHidden> {t('harvest.quotes.candidate', { n: index + 1 })}</VisuallyHidden>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const editButtonId = (findingId: string) => `harvest-quote-edit-${findingId}`;

function QuoteEditor({ harvest, quote, index, onDone }: { harvest: Harvest; quote: Harvest['quotes'][number]; index: number; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(quote.text);
  const [update, { loading }] = useMutation(UpdateHarvestQuoteDocument);
  const { save: send, conflict, errors } = useVersionedSave(
    harvest.id,
    (version) => update({ variables: { input: { harvestId: harvest.id, findingId: quote.findingId, version, text: text.trim() } } }),
    () => onDone(t('harvest.quotes.saved')),
  );
  const id = `harvest-quote-${quote.findingId}`;
  useEffect(() => document.getElementById(id)?.focus(), [id]);

  const save = async (version: number) => {
    if (errors.check(text.trim() ? {} : { text: 'common.required' })) await send(version);
  };

  if (conflict) {
    const theirs = conflict.quotes.find((q) => q.findingId === quote.findingId)?.text ?? t('harvest.quotes.goneElsewhere');
    return (
      <ConflictView
        mine={[[t('harvest.quotes.text'), text]]}
        theirs={[[t('harvest.quotes.text'), theirs]]}
        updatedAt={conflict.updatedAt}
        busy={loading}
        onKeepMine={() => void save(conflict.version)}
        onTakeLatest={() => onDone(t('harvest.conflict.tookLatest'))}
      />
    );
  }

  return (
    <form
      noValidate
      className="kijkje-form"
      aria-label={t('harvest.quotes.editLabel', { n: index + 1 })}
      onSubmit={(event) => {
        event.preventDefault();
        void save(harvest.version);
      }}
    >
      <ErrorAlert message={errors.general} />
      <TextareaField id={id} label={t('harvest.quotes.text')} description={t('harvest.quotes.textDescription')} value={text} onChange={setText} rows={4} required error={errors.field('text')} />
      <div className="kijkje-actions">
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('harvest.quotes.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={loading} onClick={() => onDone('')}>
          {t('harvest.quotes.cancel')}
        </Button>
      </div>
    </form>
  );
}
