import { useRef, useState } from 'react';
import { Alert, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSession, type ReviewerFieldsFragment } from '@kijkje/web/data-access';
import { AddReviewer } from './add-reviewer';
import { TeamMember } from './team-member';
import { localised } from './visit-labels';
import type { VisitData } from './visit-page';

/** The review team: who visits, who leads, and what still stands in the way of a complete team. */
export function TeamSection({ visit }: { visit: VisitData }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const ownOrganisation = viewer?.currentMembership?.organisation?.id ?? null;
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { manageTeam, offerOwnReviewers } = visit.rights;

  const mayRemove = (reviewer: ReviewerFieldsFragment) => manageTeam || (offerOwnReviewers && reviewer.organisation.id === ownOrganisation);

  return (
    <section className="kijkje-section" aria-labelledby="team-heading">
      <Heading level={2} id="team-heading" tabIndex={-1} ref={heading}>
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
      {visit.team.length === 0 ? (
        <Paragraph>{t('team.empty')}</Paragraph>
      ) : (
        <ul className="kijkje-team" aria-label={t('team.listLabel')}>
          {visit.team.map((reviewer) => (
            <TeamMember
              key={reviewer.user.id}
              visitId={visit.id}
              reviewer={reviewer}
              mayMakeLead={manageTeam && !reviewer.isLead}
              mayRemove={mayRemove(reviewer)}
              focusAfter={heading}
              onDone={(message) => setDone(message)}
            />
          ))}
        </ul>
      )}
      {(manageTeam || offerOwnReviewers) && <AddReviewer visit={visit} coordinator={manageTeam} onAdded={setDone} />}
    </section>
  );
}
