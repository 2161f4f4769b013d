import { ProgrammeHarvestLinks, ProgrammePublishedHarvests } from '@kijkje/web/harvests';
import { ProgrammePage, type ProgrammeSections } from '@kijkje/web/programmes';
import { ProgrammeVisitReports } from '@kijkje/web/reports';
import { ProgrammeEvaluationResults, ProgrammeRoundEvaluations } from '@kijkje/web/rounds';
import { RoundVisits } from '@kijkje/web/visits';

export { ProgrammeEditPage, ProgrammesPage } from '@kijkje/web/programmes';

/** A programme's page with what later contexts add to it: loaded on first visit, like the page itself. */
const sections: ProgrammeSections = {
  coordinator: ({ programmeId }) => (
    <>
      <RoundVisits programmeId={programmeId} />
      <ProgrammeVisitReports programmeId={programmeId} />
      <ProgrammeEvaluationResults programmeId={programmeId} />
      <ProgrammeHarvestLinks programmeId={programmeId} />
    </>
  ),
  member: ({ programmeId }) => (
    <>
      <RoundVisits programmeId={programmeId} />
      <ProgrammeVisitReports programmeId={programmeId} />
      <ProgrammeRoundEvaluations programmeId={programmeId} />
      <ProgrammePublishedHarvests programmeId={programmeId} />
    </>
  ),
};

export function ProgrammeRoute() {
  return <ProgrammePage sections={sections} />;
}
