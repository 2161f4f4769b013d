import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  AssignReviewerDocument,
  RemoveReviewerDocument,
  ReviewerCandidatesDocument,
  SetVisitLeadDocument,
  type ReviewerFieldsFragment,
} from '@kijkje/web/data-access';
import { useSession } from '@kijkje/web/data-access';
import { VisuallyHidden, ErrorAlert, LoadingState, useFormErrors, ActionError } from '@kijkje/web/ui';
import { localised } from './visit-labels';
import type { VisitData } from './visit-page';

/** The review team: who visits, who leads, and what still stands in the way of a complete team. */
export function TeamSection({ visit }: { visit: VisitData }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const ownOrganisation = viewer?.currentMembership?.organisation?.id ?? null;
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors();
  const refetchQueries = [ReviewerCandidatesDocument];
  const [remove, { loading: removing }] = useMutation(RemoveReviewerDocument, { refetchQueries });
  const [setLead, { loading: choosing }] = useMutation(SetVisitLeadDocument, { refetchQueries });
  const { manageTeam, offerOwnReviewers } = visit.rights;
  const busy = removing || choosing;

  const mayRemove = (reviewer: ReviewerFieldsFragment) => manageTeam || (offerOwnReviewers && reviewer.organisation.id === ownOrganisation);

  const run = async (action: () => Promise<unknown>, message: string) => {
    setDone(null);
    errors.clear();
    try {
      await action();
      setDone(message);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="team-heading">
      <Heading level={2} id="team-heading">
        {t('team.title')}
      </Heading>
      {visit.teamProblems.length > 0 ? (
        <Alert type="warning">
          <Paragraph>{t('team.incomplete')}</Paragraph>
          <UnorderedList>
            {visit.teamProblems.map((problem) => (
              <UnorderedListItem key={problem.nl}>{localised(problem, i18n.language)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      ) : (
        <Paragraph data-testid="team-complete">{t('team.complete')}</Paragraph>
      )}
      <div role="status">{done && <Alert type="ok">{done}</Alert>}</div>
      <ActionError errors={errors} />
      {visit.team.length === 0 ? (
        <Paragraph>{t('team.empty')}</Paragraph>
      ) : (
        <ul className="kijkje-team" aria-label={t('team.listLabel')}>
          {visit.team.map((reviewer) => (
            <li key={reviewer.user.id}>
              <span>
                {t('team.member', { name: reviewer.user.name, organisation: reviewer.organisation.name })}
                {reviewer.isLead && <strong> {t('team.leadBadge')}</strong>}
              </span>
              <span className="kijkje-actions">
                {manageTeam && !reviewer.isLead && (
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    disabled={busy}
                    onClick={() =>
                      void run(
                        () => setLead({ variables: { input: { visitId: visit.id, userId: reviewer.user.id } } }),
                        t('team.leadChosen', { name: reviewer.user.name }),
                      )
                    }
                  >
                    {t('team.makeLead')}
                    <VisuallyHidden> {reviewer.user.name}</VisuallyHidden>
                  </Button>
                )}
                {mayRemove(reviewer) && (
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    hint="danger"
                    disabled={busy}
                    onClick={() =>
                      void run(
                        () => remove({ variables: { input: { visitId: visit.id, userId: reviewer.user.id } } }),
                        t('team.removed', { name: reviewer.user.name }),
                      )
                    }
                  >
                    {t('team.remove')}
                    <VisuallyHidden> {reviewer.user.name}</VisuallyHidden>
                  </Button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {(manageTeam || offerOwnReviewers) && <AddReviewer visit={visit} coordinator={manageTeam} onAdded={setDone} />}
    </section>
  );
}

function AddReviewer({ visit, coordinator, onAdded }: { visit: VisitData; coordinator: boolean; onAdded: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(ReviewerCandidatesDocument, { variables: { visitId: visit.id }, fetchPolicy: 'cache-and-network' });
  const [userId, setUserId] = useState('');
  const [lead, setLead] = useState(false);
  const [assign, { loading: assigning }] = useMutation(AssignReviewerDocument, { refetchQueries: [ReviewerCandidatesDocument], awaitRefetchQueries: true });
  const errors = useFormErrors();
  const candidates = data?.reviewerCandidates ?? [];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(userId ? {} : { userId: 'team.chooseCandidate' })) return;
    const name = candidates.find((c) => c.user.id === userId)?.user.name ?? '';
    try {
      await assign({ variables: { input: { visitId: visit.id, userId, ...(coordinator ? { lead } : {}) } } });
      setUserId('');
      setLead(false);
      onAdded(t('team.added', { name }));
    } catch (err) {
      errors.fail(err);
    }
  };

  const userError = errors.field('userId');
  const leadError = errors.field('lead');

  return (
    <section className="kijkje-section" aria-labelledby="add-reviewer-heading">
      <Heading level={3} id="add-reviewer-heading">
        {coordinator ? t('team.addTitle') : t('team.offerTitle')}
      </Heading>
      {!coordinator && <Paragraph>{t('team.offerIntro')}</Paragraph>}
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorAlert message={t('common.errorGeneric')} />
      ) : candidates.length === 0 ? (
        <Paragraph>{t('team.noCandidates')}</Paragraph>
      ) : (
        <form className="kijkje-form" noValidate onSubmit={onSubmit}>
          <ErrorAlert message={errors.view && !userError && !leadError ? errors.general : null} />
          <Fieldset invalid={Boolean(userError)} aria-describedby={userError ? 'candidate-error' : undefined}>
            <FieldsetLegend>{t('team.candidates')}</FieldsetLegend>
            {userError && <FormFieldErrorMessage id="candidate-error">{userError}</FormFieldErrorMessage>}
            {candidates.map((candidate) => {
              const inputId = `candidate-${candidate.user.id}`;
              const problemsId = `${inputId}-problems`;
              return (
                <div key={candidate.user.id}>
                  <FormField
                    type="radio"
                    label={
                      <FormLabel htmlFor={inputId} type="radio" disabled={!candidate.eligible}>
                        {t('team.member', { name: candidate.user.name, organisation: candidate.organisation.name })}
                      </FormLabel>
                    }
                    input={
                      <RadioButton
                        id={inputId}
                        name="candidate"
                        value={candidate.user.id}
                        checked={userId === candidate.user.id}
                        disabled={!candidate.eligible}
                        aria-describedby={candidate.problems.length ? problemsId : undefined}
                        onChange={() => setUserId(candidate.user.id)}
                      />
                    }
                  />
                  {candidate.problems.length > 0 && (
                    <FormFieldDescription id={problemsId} className="kijkje-candidate-problems">
                      {candidate.problems.map((problem) => localised(problem, i18n.language)).join(' ')}
                    </FormFieldDescription>
                  )}
                </div>
              );
            })}
          </Fieldset>
          {coordinator && (
            <FormField
              type="checkbox"
              invalid={Boolean(leadError)}
              label={
                <FormLabel htmlFor="candidate-lead" type="checkbox">
                  {t('team.asLead')}
                </FormLabel>
              }
              errorMessage={leadError ? <FormFieldErrorMessage id="candidate-lead-error">{leadError}</FormFieldErrorMessage> : undefined}
              input={
                <Checkbox
                  id="candidate-lead"
                  checked={lead}
                  aria-describedby={leadError ? 'candidate-lead-error' : undefined}
                  onChange={(event) => setLead(event.target.checked)}
                />
              }
            />
          )}
          <Button type="submit" appearance="primary-action-button" busy={assigning} disabled={assigning}>
            {t('team.add')}
          </Button>
        </form>
      )}
    </section>
  );
}
