import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProgrammeProgressDocument, RunningProgrammesDocument } from '@kijkje/web/data-access';
import { ErrorState, LoadingState, RouterLink, formatDateTime } from '@kijkje/web/ui';
import { lateSteps, whomToNudge } from './task-texts';
import './tasks.css';

/** The coordinator's progress board: one table per running programme. */
export function ProgressBoards() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(RunningProgrammesDocument, { fetchPolicy: 'cache-and-network' });
  const running = (data?.programmes ?? []).filter((p) => p.status === 'RUNNING');
  return (
    <section className="kijkje-section" aria-labelledby="progress-heading" data-testid="progress-boards">
      <Heading level={2} id="progress-heading">
        {t('tasks.progress.title')}
      </Heading>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : running.length === 0 ? (
        <Paragraph>{t('tasks.progress.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('tasks.progress.intro')}</Paragraph>
          {running.map((p) => (
            <ProgressBoard key={p.id} programmeId={p.id} />
          ))}
        </>
      )}
    </section>
  );
}

/** One programme: per round and visit its stage, deadlines, what is late and whom to nudge. */
function ProgressBoard({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, loading, error } = useQuery(ProgrammeProgressDocument, { variables: { programmeId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  const progress = data!.programmeProgress;
  const headingId = `progress-${programmeId}`;
  type Round = (typeof progress.rounds)[number];
  type Visit = Round['visits'][number];
  const rows = progress.rounds.flatMap((round): { round: Round; visit: Visit | null }[] =>
    round.visits.length ? round.visits.map((visit) => ({ round, visit })) : [{ round, visit: null }],
  );
  const dates = (visit: Visit) =>
    (
      [
        ['preparationDue', visit.preparationDue],
        ['replyPeriodEnd', visit.replyPeriodEnd],
        ['reportDue', visit.reportDue],
      ] as const
    ).filter(([, date]) => date);

  return (
    <div className="kijkje-section" data-testid="progress-board">
      <Heading level={3} id={headingId}>
        <RouterLink to={`/programmas/${programmeId}`}>{progress.name}</RouterLink>
      </Heading>
      <div className="kijkje-table-scroll">
        <Table className="kijkje-progress-table" aria-labelledby={headingId}>
          <TableCaption className="kijkje-visually-hidden">{t('tasks.progress.caption', { programme: progress.name })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('tasks.progress.round')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('tasks.progress.visit')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('tasks.progress.state')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('tasks.progress.deadlines')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('tasks.progress.late')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('tasks.progress.nudge')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map(({ round, visit }) => (
              <TableRow key={visit?.visitId ?? round.id}>
                <TableHeaderCell scope="row">
                  {round.name} ({t(`rounds.status.${round.status}`)})
                </TableHeaderCell>
                {visit ? (
                  <>
                    <TableCell className="kijkje-progress-visit">
                      <RouterLink to={`/bezoeken/${visit.visitId}`}>{visit.host}</RouterLink>
                    </TableCell>
                    <TableCell>{t(`visits.status.${visit.status}`)}</TableCell>
                    <TableCell>
                      <ul className="kijkje-progress-list">
                        {dates(visit).map(([key, date]) => (
                          <li key={key}>{t(`tasks.progress.${key}`, { date: formatDateTime(date, lang) })}</li>
                        ))}
                      </ul>
                    </TableCell>
                    <TableCell>
                      {visit.late.length === 0 ? (
                        t('tasks.progress.nothingLate')
                      ) : (
                        <ul className="kijkje-progress-list">
                          {lateSteps(visit.late, t, lang).map((text) => (
                            <li key={text}>
                              <strong>{t('tasks.overdue')}:</strong> {text}
                            </li>
                          ))}
                        </ul>
                      )}
                    </TableCell>
                    <TableCell>{whomToNudge(visit.late, t).join('; ') || t('tasks.progress.nobody')}</TableCell>
                  </>
                ) : (
                  <TableCell colSpan={5}>{t('tasks.progress.noVisits')}</TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
