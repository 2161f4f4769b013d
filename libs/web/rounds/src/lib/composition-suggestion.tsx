import { useRef, useState, type RefObject } from 'react';
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

type Proposal = SuggestedGroupingQuery['suggestedGrouping'];

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

type Adopt = ReturnType<typeof useAdopt>;

/** Adopts a grouping as the server proposed it (its fingerprint), then places the municipalities the coordinator moved. */
function useAdopt(programmeId: string, byOrganisation: Map<string, ApplicationFieldsFragment>, status: RefObject<HTMLElement | null>) {
  const client = useApolloClient();
  const [accept] = useMutation(AcceptSuggestedGroupingDocument);
  const [place] = useMutation(PlaceApplicationDocument);
  return useAction(
    async (grouping: Proposal, moved: Array<[organisationId: string, number: number]>) => {
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
  const status = useRef<HTMLDivElement>(null);
  const adopt = useAdopt(programmeId, byOrganisation, status);
  const { data, loading, error } = useQuery(SuggestedGroupingDocument, { variables: { programmeId }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <div role="status" ref={status} tabIndex={-1}>
        {adopt.succeeded && <Alert type="ok">{t('composition.suggestionAccepted')}</Alert>}
      </div>
      {adopt.conflicted ? <ErrorAlert message={t('composition.suggestionChanged')} /> : <ActionError errors={adopt.errors} />}
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorAlert message={t('common.errorGeneric')} />
      ) : data ? (
        // A new grouping (after a change anywhere) starts the adjustments afresh.
        <Grouping key={data.suggestedGrouping.fingerprint} grouping={data.suggestedGrouping} composing={composing} adopt={adopt} />
      ) : null}
    </>
  );
}

function Grouping({ grouping, composing, adopt }: { grouping: Proposal; composing: number; adopt: Adopt }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  // Which proposed round (by number) each municipality is in, as adjusted by the coordinator.
  const [assigned, setAssigned] = useState<Record<string, number>>(() =>
    Object.fromEntries(grouping.rounds.flatMap((round) => round.organisations.map((organisation) => [organisation.id, round.number]))),
  );
  const suggestedIn = (organisationId: string) => grouping.rounds.find((round) => round.organisations.some((o) => o.id === organisationId))?.number;
  const moved = Object.entries(assigned).filter(([organisationId, number]) => suggestedIn(organisationId) !== number);

  const organisations = new Map(grouping.rounds.flatMap((round) => round.organisations.map((organisation) => [organisation.id, organisation])));
  const rounds = grouping.rounds.map((round) => ({
    ...round,
    shown: [...organisations.values()].filter((organisation) => assigned[organisation.id] === round.number),
  }));

  return (
    <>
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
            onClick={() => (composing > 0 ? adopt.ask() : void adopt.run(grouping, moved))}
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
            onConfirm={() => void adopt.run(grouping, moved)}
            onCancel={adopt.cancel}
          >
            <Paragraph>{t('composition.acceptConfirm.what', { count: composing })}</Paragraph>
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
