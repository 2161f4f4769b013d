import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
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
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AssignReviewerDocument, ReviewerCandidatesDocument } from '@kijkje/web/data-access';
import { ErrorAlert, LoadingState, useAction } from '@kijkje/web/ui';
import { localised } from './visit-labels';
import type { VisitData } from './visit-page';

/** Adding a reviewer (the coordinator, optionally as lead) or offering one of one's own people. */
export function AddReviewer({ visit, coordinator, onAdded }: { visit: VisitData; coordinator: boolean; onAdded: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(ReviewerCandidatesDocument, { variables: { visitId: visit.id }, fetchPolicy: 'cache-and-network' });
  const [userId, setUserId] = useState('');
  const [lead, setLead] = useState(false);
  const [assign] = useMutation(AssignReviewerDocument, { refetchQueries: [ReviewerCandidatesDocument], awaitRefetchQueries: true });
  const action = useAction(async (chosen: string, name: string) => {
    await assign({ variables: { input: { visitId: visit.id, userId: chosen, ...(coordinator ? { lead } : {}) } } });
    setUserId('');
    setLead(false);
    onAdded(t('team.added', { name }));
  });
  const errors = action.errors;
  const candidates = data?.reviewerCandidates ?? [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(userId ? {} : { userId: 'team.chooseCandidate' })) return;
    void action.run(userId, candidates.find((c) => c.user.id === userId)?.user.name ?? '');
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
          <Button type="submit" appearance="primary-action-button" busy={action.pending} disabled={action.pending}>
            {t('team.add')}
          </Button>
        </form>
      )}
    </section>
  );
}
