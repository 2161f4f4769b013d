import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useShownNumber } from './use-shown-number';
import type { HarvestPatternFieldsFragment } from '@kijkje/web/data-access';
import { formatNumber } from '@kijkje/web/ui';

/** Patronen: what recurs across at least three municipalities, how often and where, anonymised. */
export function HarvestPatterns({ patterns, headingLevel }: { patterns: readonly HarvestPatternFieldsFragment[]; headingLevel: 3 | 4 | 5 }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const number = useShownNumber();
  if (patterns.length === 0) return <Paragraph>{t('harvest.patterns.none')}</Paragraph>;
  // Places where the pattern has no findings are left out, as kinds are: a 0 there reads like a hidden group.
  const places = (list: HarvestPatternFieldsFragment['rounds']) =>
    list
      .filter((place) => place.findings !== 0)
      .map((place) =>
        t('harvest.patterns.place', {
          label: place.label,
          findings: number(place.findings),
        }),
      )
      .join('; ');
  return (
    <ul className="kijkje-patterns" data-testid="harvest-patterns">
      {patterns.map((pattern) => (
        <li key={pattern.key}>
          <Heading level={headingLevel}>
            {pattern.label} <span className="kijkje-pattern-type">({t(`harvest.patterns.type.${pattern.type}`, { defaultValue: pattern.type })})</span>
          </Heading>
          <Paragraph>
            {t('harvest.patterns.summary', {
              count: pattern.findings,
              findings: formatNumber(pattern.findings, lang),
              organisations: formatNumber(pattern.organisations, lang),
            })}
          </Paragraph>
          <dl className="kijkje-facts">
            <dt>{t('harvest.patterns.byKind')}</dt>
            <dd>
              {pattern.byKind
                .filter((cell) => cell.count !== 0)
                .map((cell) => `${t(`findings.kind.${cell.kind}`)}: ${number(cell.count)}`)
                .join('; ') || t('common.none')}
            </dd>
            <dt>{t('harvest.patterns.rounds')}</dt>
            <dd>{places(pattern.rounds) || t('common.none')}</dd>
            <dt>{t('harvest.patterns.sizeClasses')}</dt>
            <dd>{places(pattern.sizeClasses) || t('common.none')}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
