import { Fragment, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { knownFindingTotal } from '@kijkje/domain';
import { FindingsBoardDocument, type FindingFieldsFragment, type FindingsBoardQuery, useSession } from '@kijkje/web/data-access';
import { RouterLink, ErrorState, LoadingState, usePageTitle, formatDateTime, formatNumber } from '@kijkje/web/ui';
import { CaptureSection } from './capture-form';
import { EditSessionsProvider } from './edit-sessions';
import { FindingCard } from './finding-card';
import { FINDING_KINDS as KINDS } from '@kijkje/domain';
import { LeadActions } from './lead-actions';
import { useConnection, useLiveFindings } from './use-live-findings';
import './findings.css';

type Visit = FindingsBoardQuery['visit'];

/** /bezoeken/:id/bevindingen — the live findings board for the team, the host and the coordinator. */
export function FindingsBoardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { viewer } = useSession();
  const { data, loading, error } = useQuery(FindingsBoardDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [announcement, setAnnouncement] = useState('');
  const title = data ? t('findings.title', { name: data.visit.hostOrganisation.name }) : t('findings.titlePlain');
  usePageTitle(title);
  const viewerId = viewer?.user.id ?? '';
  useLiveFindings({ visitId: id, viewerId, skip: !data?.visit.rights.readFindings, announce: setAnnouncement });

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  if (!data) return null;
  const visit = data.visit;
  const relations = new Set(visit.myRelations);
  const team = relations.has('reviewer') || relations.has('lead');
  const host = relations.has('host');
  const onlyCoordinator = relations.has('coordinator') && !team && !host;

  return (
    <>
      <Paragraph>
        <RouterLink to={`/bezoeken/${visit.id}`}>{t('findings.back', { name: visit.hostOrganisation.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {!visit.rights.readFindings ? (
        <Alert type="warning">{t('findings.noAccess')}</Alert>
      ) : (
        <>
          <Paragraph className="kijkje-finding-meta" role="status" aria-live="polite" data-testid="live-announcement">
            {announcement}
          </Paragraph>
          <ConnectionNotice canCapture={visit.rights.addFinding} />
          <Counts visit={visit} onlyCoordinator={onlyCoordinator} />
          {host && <ReplyPeriod visit={visit} />}
          {relations.has('lead') && <LeadActions visit={visit} />}
          {visit.rights.addFinding && viewerId && <CaptureSection visit={visit} userId={viewerId} announce={setAnnouncement} />}
          <EditSessionsProvider>
            <Board visit={visit} showRelease={host} onlyCoordinator={onlyCoordinator} />
          </EditSessionsProvider>
        </>
      )}
    </>
  );
}

function ConnectionNotice({ canCapture }: { canCapture: boolean }) {
  const { t } = useTranslation();
  const { online, live } = useConnection();
  return (
    <div data-testid="live-state" data-state={live}>
      <div role="status">
        {!online && <Alert type="warning">{canCapture ? t('findings.connection.offlineCapture') : t('findings.connection.offline')}</Alert>}
      </div>
      {online && (
        <Paragraph className="kijkje-finding-meta">
          {live === 'connected'
            ? t('findings.connection.live')
            : live === 'reconnecting'
              ? t('findings.connection.reconnecting')
              : t('findings.connection.connecting')}
        </Paragraph>
      )}
    </div>
  );
}

function Counts({ visit, onlyCoordinator }: { visit: Visit; onlyCoordinator: boolean }) {
  const { t, i18n } = useTranslation();
  const counts = visit.findingCounts;
  if (!counts) return null;
  const lang = i18n.language;
  const total = knownFindingTotal(counts);
  return (
    <section className="kijkje-section" aria-labelledby="counts-heading">
      <Heading level={2} id="counts-heading">
        {t('findings.counts.title')}
      </Heading>
      <dl className="kijkje-facts" data-testid="finding-counts">
        <dt>{t('findings.counts.total')}</dt>
        <dd data-testid="count-total">{formatNumber(total, lang)}</dd>
        {(['submitted', 'shared', 'final', 'released'] as const).map((figure) =>
          // A figure the viewer may not know (the host: what the team has not shared) is not shown at all.
          counts[figure] === null ? null : (
            <Fragment key={figure}>
              <dt>{t(`findings.counts.${figure}`)}</dt>
              <dd data-testid={`count-${figure}`}>{formatNumber(counts[figure], lang)}</dd>
            </Fragment>
          ),
        )}
      </dl>
      <Paragraph>{t('findings.counts.noDrafts')}</Paragraph>
      {onlyCoordinator && (
        <Alert type="info">
          <Paragraph>{t('findings.counts.coordinator', { released: formatNumber(counts.released ?? 0, lang), total: formatNumber(total, lang) })}</Paragraph>
        </Alert>
      )}
    </section>
  );
}

function ReplyPeriod({ visit }: { visit: Visit }) {
  const { t, i18n } = useTranslation();
  if (!visit.replyDeadline) return <Paragraph>{t('reply.notShared')}</Paragraph>;
  const open = new Date(visit.replyDeadline).getTime() > Date.now();
  return (
    <Alert type={open ? 'info' : 'warning'}>
      <Paragraph data-testid="reply-deadline">
        {open
          ? t('reply.deadline', { date: formatDateTime(visit.replyDeadline, i18n.language) })
          : t('reply.deadlinePassed', { date: formatDateTime(visit.replyDeadline, i18n.language) })}
      </Paragraph>
    </Alert>
  );
}

/** Theme × kind: a grid on wide screens that reflows into one list on a phone. */
function Board({ visit, showRelease, onlyCoordinator }: { visit: Visit; showRelease: boolean; onlyCoordinator: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const findings = visit.findings;
  const themes = [...visit.programme.themes, ...new Set(findings.map((f) => f.theme).filter((theme) => !visit.programme.themes.includes(theme)))];
  const byTheme = new Map<string, FindingFieldsFragment[]>(themes.map((theme) => [theme, []]));
  for (const finding of findings) byTheme.get(finding.theme)?.push(finding);

  return (
    <section className="kijkje-section" aria-labelledby="board-heading">
      <Heading level={2} id="board-heading" tabIndex={-1}>
        {t('findings.board.title', { count: findings.length })}
      </Heading>
      {findings.length === 0 && <Paragraph>{onlyCoordinator ? t('findings.board.noneReleased') : t('findings.board.none')}</Paragraph>}
      {themes.map((theme, themeIndex) => {
        const inTheme = byTheme.get(theme) ?? [];
        if (inTheme.length === 0) return null;
        return (
          <section key={theme} className="kijkje-board-theme" aria-labelledby={`theme-${themeIndex}`}>
            <Heading level={3} id={`theme-${themeIndex}`}>
              {t('findings.board.theme', { theme, count: formatNumber(inTheme.length, lang) })}
            </Heading>
            <div className="kijkje-board-grid">
              {KINDS.map((kind) => {
                const cell = inTheme.filter((finding) => finding.kind === kind);
                const headingId = `theme-${themeIndex}-${kind}`;
                return (
                  <section key={kind} className="kijkje-board-cell" aria-labelledby={headingId}>
                    <Heading level={4} id={headingId}>
                      {t(`findings.kind.${kind}`)} ({formatNumber(cell.length, lang)})<span className="kijkje-visually-hidden">, {theme}</span>
                    </Heading>
                    {cell.length === 0 ? (
                      <Paragraph className="kijkje-finding-meta">{t('findings.board.emptyCell')}</Paragraph>
                    ) : (
                      <ul className="kijkje-findings">
                        {cell.map((finding) => (
                          <li key={finding.id}>
                            <FindingCard finding={finding} visitId={visit.id} themes={visit.programme.themes} showRelease={showRelease} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </section>
                );
              })}
            </div>
          </section>
        );
      })}
      {visit.replyDeadline && (
        <Paragraph className="kijkje-finding-meta">{t('findings.board.deadline', { date: formatDateTime(visit.replyDeadline, lang) })}</Paragraph>
      )}
    </section>
  );
}
