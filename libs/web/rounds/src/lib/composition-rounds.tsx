import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PlaceApplicationDocument, type ApplicationFieldsFragment, type RoundFieldsFragment } from '@kijkje/web/data-access';
import { SelectField, VisuallyHidden, useFormErrors } from '@kijkje/web/ui';
import { COMPOSITION_REFETCH as REFETCH } from './composition-refetch';
import { RoundStart } from './round-start';

function flagText(t: TFunction, flag: RoundFieldsFragment['flags'][number]): string {
  const names = flag.organisations.map((organisation) => organisation.name).join(` ${t('composition.and')} `);
  return flag.kind === 'CONFLICT'
    ? t('composition.flagConflict', { names })
    : flag.kind === 'EARLIER_PAIRING'
      ? t('composition.flagEarlier', { names })
      : `${flag.kind}: ${names}`;
}

/** Every warning about a round in one note: a list, not a stack of alerts. */
function RoundFlags({ flags }: { flags: RoundFieldsFragment['flags'] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  const texts = [...new Set(flags.map((flag) => flagText(t, flag)))];
  const conflict = flags.some((flag) => flag.kind === 'CONFLICT');
  return (
    <Alert type={conflict ? 'error' : 'warning'} data-testid="round-flags">
      <Paragraph>{t('composition.flagsTitle', { count: texts.length })}</Paragraph>
      <UnorderedList>
        {texts.map((text) => (
          <UnorderedListItem key={text}>{text}</UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}

export function RoundCard({
  round,
  rounds,
  byOrganisation,
}: {
  round: RoundFieldsFragment;
  rounds: RoundFieldsFragment[];
  byOrganisation: Map<string, ApplicationFieldsFragment>;
}) {
  const { t } = useTranslation();
  const composing = round.status === 'COMPOSING';
  const headingId = `round-${round.id}-heading`;

  return (
    <section className="kijkje-round" aria-labelledby={headingId} data-testid="round">
      <Heading level={3} id={headingId}>
        {round.name}
      </Heading>
      <Paragraph>{t('composition.roundStatus', { status: t(`rounds.status.${round.status}`), number: round.organisations.length })}</Paragraph>
      <RoundFlags flags={round.flags} />
      {round.organisations.length === 0 ? (
        <Paragraph>{t('composition.emptyRound')}</Paragraph>
      ) : (
        <ul className="kijkje-results" aria-labelledby={headingId} data-testid="round-members">
          {round.organisations.map((organisation) => {
            const application = byOrganisation.get(organisation.id);
            return (
              <li key={organisation.id}>
                <div className="kijkje-round-member">
                  <span>{organisation.name}</span>
                  {application && <ReviewQuestion question={application.reviewQuestion} name={organisation.name} />}
                </div>
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

/** The organisation's review question, folded away: the page stays a list of names. */
function ReviewQuestion({ question, name }: { question: string; name: string }) {
  const { t } = useTranslation();
  return (
    <details className="kijkje-round-question" data-testid="round-review-question">
      <summary>
        {t('composition.reviewQuestion')}
        <VisuallyHidden> {name}</VisuallyHidden>
      </summary>
      <Paragraph>{question}</Paragraph>
    </details>
  );
}

function MoveControl({
  application,
  currentRoundId,
  rounds,
}: {
  application: ApplicationFieldsFragment;
  currentRoundId: string | null;
  rounds: RoundFieldsFragment[];
}) {
  const { t } = useTranslation();
  const targets = rounds.filter((round) => round.status === 'COMPOSING' && round.id !== currentRoundId);
  const options = [
    ...targets.map((round) => ({ value: round.id, label: round.name })),
    ...(currentRoundId ? [{ value: '', label: t('composition.outOfRound') }] : []),
  ];
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

export function UnplacedList({ applications, rounds }: { applications: ApplicationFieldsFragment[]; rounds: RoundFieldsFragment[] }) {
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
              <div className="kijkje-round-member">
                <span>{application.organisation.name}</span>
                <ReviewQuestion question={application.reviewQuestion} name={application.organisation.name} />
              </div>
              <MoveControl application={application} currentRoundId={null} rounds={rounds} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
