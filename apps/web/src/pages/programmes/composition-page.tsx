import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { SelectField, TextField, VisuallyHidden } from '@kijkje/web/ui';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useParams } from 'react-router-dom';
import {
  AcceptSuggestedGroupingDocument,
  CreateRoundDocument,
  PlaceApplicationDocument,
  ProgrammeCompositionDocument,
  SuggestedGroupingDocument,
  type ApplicationFieldsFragment,
  type RoundFieldsFragment,
  type SuggestedGroupingQuery,
} from '../../generated/graphql';
import { RouterLink } from '../../app/router-link';
import { isCoordinator, useSession } from '../../app/session';
import { ErrorAlert, ErrorState, LoadingState, NoAccess } from '../../app/states';
import { requiredFields, useFormErrors } from '../../app/use-form-errors';
import { usePageTitle } from '../../app/use-page-title';
import { toLang } from '../../i18n/language';
import { newIdempotencyKey } from '../../lib/idempotency';
import { ActionError } from './action-error';
import { RoundStart } from './round-start';

const REFETCH = [ProgrammeCompositionDocument, SuggestedGroupingDocument];

export function CompositionPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  if (!viewer?.currentNetwork || !isCoordinator(viewer)) return <NoAccess title={t('composition.title')} />;
  return <CompositionContent />;
}

function CompositionContent() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('composition.title'));
  const { data, loading, error } = useQuery(ProgrammeCompositionDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  if (!data) return null;
  const programme = data.programme;
  const rounds = programme.rounds;
  const byOrganisation = new Map(programme.applications.map((application) => [application.organisation.id, application]));
  const placedIds = new Set(rounds.flatMap((round) => round.organisations.map((organisation) => organisation.id)));
  const unplaced = programme.applications.filter((application) => (application.status === 'ACCEPTED' || application.status === 'PLACED') && !placedIds.has(application.organisation.id));

  return (
    <>
      <Paragraph>
        <RouterLink to={`/programmas/${programme.id}`}>{t('composition.back', { name: programme.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('composition.title')}</Heading>
      <Paragraph>{t('composition.intro', { name: programme.name })}</Paragraph>
      <Suggestion programmeId={programme.id} />
      <section className="kijkje-section" aria-labelledby="rounds-heading">
        <Heading level={2} id="rounds-heading">
          {t('composition.roundsTitle')}
        </Heading>
        {rounds.length === 0 && <Paragraph>{t('composition.noRounds')}</Paragraph>}
        {rounds.map((round) => (
          <RoundCard key={round.id} round={round} rounds={rounds} byOrganisation={byOrganisation} />
        ))}
        <UnplacedList applications={unplaced} rounds={rounds} />
        <CreateRoundForm programmeId={programme.id} />
      </section>
    </>
  );
}

function Explanations({ items, lang }: { items: Array<{ code: string; nl: string; en: string }>; lang: 'nl' | 'en' }) {
  return (
    <UnorderedList>
      {items.map((item, index) => (
        <UnorderedListItem key={`${item.code}-${index}`}>{item[lang]}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

function Suggestion({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const { data, loading, error } = useQuery(SuggestedGroupingDocument, { variables: { programmeId }, fetchPolicy: 'cache-and-network' });
  const [accept, { loading: accepting }] = useMutation(AcceptSuggestedGroupingDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [accepted, setAccepted] = useState(false);
  const errors = useFormErrors();
  const suggestion: SuggestedGroupingQuery['suggestedGrouping'] | undefined = data?.suggestedGrouping;

  const onAccept = async () => {
    setAccepted(false);
    errors.clear();
    try {
      await accept({ variables: { programmeId } });
      setAccepted(true);
    } catch (err) {
      errors.fail(err);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="suggestion-heading">
      <Heading level={2} id="suggestion-heading">
        {t('composition.suggestionTitle')}
      </Heading>
      <div role="status">{accepted && <Alert type="ok">{t('composition.suggestionAccepted')}</Alert>}</div>
      <ActionError errors={errors} />
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorAlert message={t('common.errorGeneric')} />
      ) : suggestion ? (
        <>
          {suggestion.rounds.length === 0 && <Paragraph>{t('composition.suggestionEmpty')}</Paragraph>}
          {suggestion.rounds.map((round) => (
            <section key={round.number} className="kijkje-round" aria-labelledby={`suggested-${round.number}-heading`}>
              <Heading level={3} id={`suggested-${round.number}-heading`}>
                {t('composition.suggestedRound', { number: round.number })}
              </Heading>
              <Paragraph>{round.organisations.map((organisation) => organisation.name).join(', ')}</Paragraph>
              {round.reasons.length > 0 && (
                <>
                  <Heading level={4}>{t('composition.reasons')}</Heading>
                  <Explanations items={round.reasons} lang={lang} />
                </>
              )}
              {round.givenUp.length > 0 && (
                <>
                  <Heading level={4}>{t('composition.givenUp')}</Heading>
                  <Explanations items={round.givenUp} lang={lang} />
                </>
              )}
            </section>
          ))}
          {suggestion.unplaced.length > 0 && (
            <section className="kijkje-round" aria-labelledby="suggested-unplaced-heading">
              <Heading level={3} id="suggested-unplaced-heading">
                {t('composition.suggestedUnplaced')}
              </Heading>
              <UnorderedList>
                {suggestion.unplaced.map((item) => (
                  <UnorderedListItem key={item.organisation.id}>
                    {item.organisation.name}: {item.reason[lang]}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </section>
          )}
          {suggestion.rounds.length > 0 && (
            <Button type="button" appearance="primary-action-button" busy={accepting} disabled={accepting} onClick={() => void onAccept()}>
              {t('composition.acceptSuggestion')}
            </Button>
          )}
        </>
      ) : null}
    </section>
  );
}

function flagText(t: TFunction, flag: RoundFieldsFragment['flags'][number]): string {
  const names = flag.organisations.map((organisation) => organisation.name).join(` ${t('composition.and')} `);
  return flag.kind === 'CONFLICT' ? t('composition.flagConflict', { names }) : flag.kind === 'EARLIER_PAIRING' ? t('composition.flagEarlier', { names }) : `${flag.kind}: ${names}`;
}

function RoundCard({ round, rounds, byOrganisation }: { round: RoundFieldsFragment; rounds: RoundFieldsFragment[]; byOrganisation: Map<string, ApplicationFieldsFragment> }) {
  const { t } = useTranslation();
  const composing = round.status === 'COMPOSING';
  const headingId = `round-${round.id}-heading`;

  return (
    <section className="kijkje-round" aria-labelledby={headingId} data-testid="round">
      <Heading level={3} id={headingId}>
        {round.name}
      </Heading>
      <Paragraph>
        {t('composition.roundStatus', { status: t(`rounds.status.${round.status}`), number: round.organisations.length })}
      </Paragraph>
      {round.flags.map((flag, index) => (
        <Alert key={`${flag.kind}-${index}`} type={flag.kind === 'CONFLICT' ? 'error' : 'warning'}>
          {flagText(t, flag)}
        </Alert>
      ))}
      {round.organisations.length === 0 ? (
        <Paragraph>{t('composition.emptyRound')}</Paragraph>
      ) : (
        <ul className="kijkje-results" aria-labelledby={headingId}>
          {round.organisations.map((organisation) => {
            const application = byOrganisation.get(organisation.id);
            return (
              <li key={organisation.id}>
                <span>{organisation.name}</span>
                {composing && application && <MoveControl application={application} currentRoundId={round.id} rounds={rounds} />}
              </li>
            );
          })}
        </ul>
      )}
      <RoundStart round={round} />
    </section>
  );
}

function MoveControl({ application, currentRoundId, rounds }: { application: ApplicationFieldsFragment; currentRoundId: string | null; rounds: RoundFieldsFragment[] }) {
  const { t } = useTranslation();
  const targets = rounds.filter((round) => round.status === 'COMPOSING' && round.id !== currentRoundId);
  const options = [...targets.map((round) => ({ value: round.id, label: round.name })), ...(currentRoundId ? [{ value: '', label: t('composition.outOfRound') }] : [])];
  const [target, setTarget] = useState(options[0]?.value ?? '');
  const [place, { loading }] = useMutation(PlaceApplicationDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const errors = useFormErrors();
  const name = application.organisation.name;
  const id = `move-${application.id}`;
  if (options.length === 0) return null;
  const value = options.some((option) => option.value === target) ? target : options[0].value;

  const onMove = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      await place({ variables: { input: { applicationId: application.id, roundId: value || null } } });
    } catch (err) {
      errors.fail(err);
    }
  };

  return (
    <form className="kijkje-move" noValidate onSubmit={onMove}>
      <SelectField
        id={id}
        label={
          <>
            <VisuallyHidden>{name}: </VisuallyHidden>
            {currentRoundId ? t('composition.moveTo') : t('composition.placeIn')}
          </>
        }
        value={value}
        onChange={setTarget}
        options={options}
        error={errors.general ? [errors.general, ...Object.values(errors.view?.fields ?? {}).filter((text) => text !== errors.general)].join(' ') : null}
      />
      <Button type="submit" appearance="secondary-action-button" busy={loading} disabled={loading}>
        {currentRoundId ? t('composition.move') : t('composition.place')}
        <VisuallyHidden> {name}</VisuallyHidden>
      </Button>
    </form>
  );
}

function UnplacedList({ applications, rounds }: { applications: ApplicationFieldsFragment[]; rounds: RoundFieldsFragment[] }) {
  const { t } = useTranslation();
  return (
    <section className="kijkje-round" aria-labelledby="unplaced-heading">
      <Heading level={3} id="unplaced-heading">
        {t('composition.unplacedTitle')}
      </Heading>
      {applications.length === 0 ? (
        <Paragraph>{t('composition.unplacedNone')}</Paragraph>
      ) : (
        <ul className="kijkje-results" aria-labelledby="unplaced-heading">
          {applications.map((application) => (
            <li key={application.id}>
              <span>{application.organisation.name}</span>
              <MoveControl application={application} currentRoundId={null} rounds={rounds} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CreateRoundForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateRoundDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const errors = useFormErrors();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    if (!errors.check(requiredFields({ name }))) return;
    try {
      await create({ variables: { input: { programmeId, name: name.trim(), idempotencyKey } } });
      setCreated(name.trim());
      setName('');
      setIdempotencyKey(newIdempotencyKey());
    } catch (err) {
      errors.fail(err);
    }
  };

  return (
    <section className="kijkje-round" aria-labelledby="create-round-heading">
      <Heading level={3} id="create-round-heading">
        {t('composition.createRound')}
      </Heading>
      <div role="status">{created && <Alert type="ok">{t('composition.roundCreated', { name: created })}</Alert>}</div>
      <ErrorAlert message={errors.field('name') ? null : errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <TextField id="round-name" label={t('composition.roundName')} value={name} onChange={setName} autoComplete="off" required error={errors.field('name')} />
        <Button type="submit" appearance="secondary-action-button" busy={loading} disabled={loading}>
          {t('composition.createRoundSubmit')}
        </Button>
      </form>
    </section>
  );
}
