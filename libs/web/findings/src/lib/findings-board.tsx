import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FINDING_KINDS as KINDS, FINDING_STATUSES } from '@kijkje/domain';
import type { FindingFieldsFragment, FindingsBoardQuery } from '@kijkje/web/data-access';
import { formatDateTime, formatNumber } from '@kijkje/web/ui';
import { BoardFilterBar } from './board-filters';
import { FindingCard } from './finding-card';
import { authorsOf, filterFindings, isFiltered, useBoardFilters } from './use-board-filters';

type Visit = FindingsBoardQuery['visit'];

/** Theme × kind: a grid on wide screens that reflows into one list on a phone, narrowed by the filters. */
export function Board({ visit, showRelease, onlyCoordinator }: { visit: Visit; showRelease: boolean; onlyCoordinator: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [filters, setFilters] = useBoardFilters();
  const all = visit.findings;
  const themes = [...visit.programme.themes, ...new Set(all.map((f) => f.theme).filter((theme) => !visit.programme.themes.includes(theme)))];
  const findings = filterFindings(all, filters);
  const byTheme = new Map<string, FindingFieldsFragment[]>(themes.map((theme) => [theme, []]));
  for (const finding of findings) byTheme.get(finding.theme)?.push(finding);
  const kinds = filters.kind ? KINDS.filter((kind) => kind === filters.kind) : KINDS;
  const statuses = FINDING_STATUSES.filter((status) => status !== 'DRAFT' || visit.rights.addFinding);

  return (
    <section className="kijkje-section kijkje-board" aria-labelledby="board-heading">
      <Heading level={2} id="board-heading" tabIndex={-1}>
        {t('findings.board.title', { count: all.length })}
      </Heading>
      {all.length === 0 ? (
        <Paragraph>{onlyCoordinator ? t('findings.board.noneReleased') : t('findings.board.none')}</Paragraph>
      ) : (
        <BoardFilterBar
          filters={filters}
          onChange={setFilters}
          themes={themes}
          authors={authorsOf(all)}
          statuses={statuses}
          shown={findings.length}
          total={all.length}
        />
      )}
      {all.length > 0 && findings.length === 0 && isFiltered(filters) && <Paragraph>{t('findings.filters.none')}</Paragraph>}
      {themes.map((theme, themeIndex) => {
        const inTheme = byTheme.get(theme) ?? [];
        if (inTheme.length === 0) return null;
        return (
          <section key={theme} className="kijkje-board-theme" aria-labelledby={`theme-${themeIndex}`}>
            <Heading level={3} id={`theme-${themeIndex}`}>
              {t('findings.board.theme', { theme, count: formatNumber(inTheme.length, lang) })}
            </Heading>
            <div className="kijkje-board-grid">
              {kinds.map((kind) => {
                const cell = inTheme.filter((finding) => finding.kind === kind);
                const headingId = `theme-${themeIndex}-${kind}`;
                return (
                  <section key={kind} className="kijkje-board-cell" aria-labelledby={headingId} data-testid="board-cell">
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
