import type { Language } from '@kijkje/domain';
import { patternChangeLabels } from '@kijkje/domain';
import type { HarvestContent } from '../harvest-content';
import { patternComparisonNotes } from '../sections/harvest-sections.mapper';
import type { ExtraSection } from './harvest-section-tables';
import { SECTION_TEXT } from './harvest-sections.text';

/**
 * Patronen door de jaren heen, for the public page and the files: per pattern the municipalities and
 * findings of each programme (earliest first), the programmes together, and what changed. Nothing
 * for a version published before patterns were compared.
 */
export function patternComparisonSection(content: HarvestContent, language: Language, number: (n: number) => string): ExtraSection | null {
  const c = content.comparison?.patterns;
  if (!c) return null;
  const t = SECTION_TEXT[language];
  const cell = (n: number | null) => (n === null ? t.hidden : number(n));
  const notes = patternComparisonNotes(c).map((note) => note[language]);
  return {
    key: 'patterns',
    heading: t.patternComparison,
    intro: t.patternComparisonIntro,
    tables: c.patterns.length
      ? [
          {
            caption: t.patternComparisonCaption,
            header: [
              t.pattern,
              ...c.programmes.flatMap((p) => [t.ofProgramme(p.name, t.municipalities), t.ofProgramme(p.name, t.findings)]),
              t.ofProgramme(t.together, t.municipalities),
              t.ofProgramme(t.together, t.findings),
              t.change,
            ],
            rows: c.patterns.map((p) => [
              p.label,
              ...p.cells.flatMap((x) => [cell(x.organisations), cell(x.findings)]),
              cell(p.organisations),
              cell(p.findings),
              p.change ? patternChangeLabels[p.change][language] : '—',
            ]),
          },
        ]
      : [],
    notes: c.patterns.length ? notes : [t.noPatternComparison, ...notes],
  };
}
