import { useRef, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  AcceptSuggestedGroupingDocument,
  PlaceApplicationDocument,
  SuggestedGroupingDocument,
  type ApplicationFieldsFragment,
  type SuggestedGroupingQuery,
} from '@kijkje/web/data-access';
import { ConfirmDialog, ErrorAlert, LoadingState, toLang, useAction, ActionError } from '@kijkje/web/ui';
import { COMPOSITION_REFETCH as REFETCH } from './composition-refetch';
import { SuggestedRound } from './suggested-round';

type Grouping = SuggestedGroupingQuery['suggestedGrouping'];

/**
 * The grouping the app proposes. Once a round has started, a new grouping can no longer be
 * adopted (the server refuses it): then the page says so instead of offering it.
 */
export function Suggestion({
  programmeId,
  started,
  composing,
  byOrganisation,
}: {
  programmeId: string;
  /** Whether a round of the programme has started. */
  started: boolean;
  /** How many rounds are still being composed: adopting replaces them. */
  composing: number;
  byOrganisation: Map<string, ApplicationFieldsFragment>;
}) {
  const { t } = useTranslation();
  return (
    <section className="kijkje-section" aria-labelledby="suggestion-heading">
      <Heading level={2} id="suggestion-heading">
        {t('composition.suggestionTitle')}
      </Heading>
      {started ? (
        <Paragraph data-testid="suggestion-closed">{t('composition.suggestionClosed')}</Paragraph>
      ) : (
        <SuggestionContent programmeId={programmeId} composing={composing} byOrganisation={byOrganisation} />
      )}
    </section>
  );
}

function SuggestionContent({
  programmeId,
  composing,
  byOrganisation,
}: {
  programmeId: string;
  composing: number;
  byOrganisation: Map<string, ApplicationFieldsFragment>;
}) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(SuggestedGroupingDocument, { variables: { programmeId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorAlert message={t('common.errorGeneric')} />;
  if (!data) return null;
  // A new grouping (after a change anywhere) starts the adjustments afresh.
  return (
    <Grouping
      key={data.suggestedGrouping.fingerprint}
      programmeId={programmeId}
      grouping={data.suggestedGrouping}
      composing={composing}
      byOrganisation={byOrganisation}
    />
  );
}

function Grouping({
  programmeId,
  grouping,
  composing,
  byOrganisation,
}: {
  programmeId: string;
  grouping: Grouping;
  composing: number;
  byOrganisation: Map<string, ApplicationFieldsFragment>;
}) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const client = useApolloClient();
  const status = useRef<HTMLDivElement>(null);
  const [accept] = useMutation(AcceptSuggestedGroupingDocument);
  const [place] = useMutation(PlaceApplicationDocument);
  // Which suggested round (by number) each municipality is in, as adjusted by the coordinator.
  const [assigned, setAssigned] = useState<Record<string, number>>(() =>
    Object.fromEntries(grouping.rounds.flatMap((round) => round.organisations.map((organisation) => [organisation.id, round.number]))),
  );
  const suggestedIn = (organisationId: string) => grouping.rounds.find((round) => round.organisations.some((o) => o.id === organisationId))?.number;
  const moved = Object.entries(assigned).filter(([organisationId, number]) => suggestedIn(organisationId) !== number);

  // The server adopts the grouping as suggested (its fingerprint); the adjustments are then placed one by one.
  const adopt = useAction(
    async () => {
      try {
        const { data } = await accept({ variables: { input: { programmeId, fingerprint: grouping.fingerprint } } });
        const created = data?.acceptSuggestedGrouping ?? [];
        for (const [organisationId, number] of moved) {
          const application = byOrganisation.get(organisationId);
          const round = created[grouping.rounds.findIndex((candidate) => candidate.number === number)];
          if (application && round) await place({ variables: { input: { applicationId: application.id, roundId: round.id } } });
        }
        return created.length;
      } finally {
        await client.refetchQueries({ include: REFETCH });
      }
    },
    { focusAfter: status },
  );

  const organisations = new Map(grouping.rounds.flatMap((round) => round.organisations.map((organisation) => [organisation.id, organisation])));
  const rounds = grouping.rounds.map((round) => ({
    ...round,
    shown: [...organisations.values()].filter((organisation) => assigned[organisation.id] === round.number),
  }));

  return (
    <>
      <div role="status" ref={status} tabIndex={-1}>
        {adopt.succeeded && <Alert type="ok">{t('composition.suggestionAccepted')}</Alert>}
      </div>
      {adopt.conflicted ? <ErrorAlert message={t('composition.suggestionChanged')} /> : <ActionError errors={adopt.errors} />}
      {grouping.rounds.length === 0 ? (
        <Paragraph>{t('composition.suggestionEmpty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('composition.suggestionIntro', { count: grouping.rounds.length })}</Paragraph>
          {rounds.map((round) => (
            <SuggestedRound
              key={round.number}
              round={round}
              organisations={round.shown}
              numbers={grouping.rounds.map((candidate) => candidate.number)}
              lang={lang}
              onMove={(organisationId, number) => setAssigned((current) => ({ ...current, [organisationId]: number }))}
            />
          ))}
        </>
      )}
      {grouping.unplaced.length > 0 && (
        <section className="kijkje-round" aria-labelledby="suggested-unplaced-heading">
          <Heading level={3} id="suggested-unplaced-heading">
            {t('composition.suggestedUnplaced')}
          </Heading>
          <UnorderedList>
            {grouping.unplaced.map((item) => (
              <UnorderedListItem key={item.organisation.id}>
                {item.organisation.name}: {item.reason[lang]}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
      {grouping.rounds.length > 0 && (
        <>
          {moved.length > 0 && <Paragraph data-testid="suggestion-adjusted">{t('composition.suggestionAdjusted', { count: moved.length })}</Paragraph>}
          <Button
            type="button"
            appearance="primary-action-button"
            busy={adopt.pending}
            disabled={adopt.pending}
            onClick={() => (composing > 0 ? adopt.ask() : void adopt.run())}
          >
            {t('composition.acceptSuggestion')}
          </Button>
          <ConfirmDialog
            open={adopt.asking}
            testId="suggestion-accept-dialog"
            title={t('composition.acceptConfirm.title')}
            confirmLabel={t('composition.acceptConfirm.submit')}
            cancelLabel={t('composition.acceptConfirm.cancel')}
            busy={adopt.pending}
            onConfirm={() => void adopt.run()}
            onCancel={adopt.cancel}
          >
            <Paragraph>{t('composition.acceptConfirm.what', { count: composing })}</Paragraph>
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
