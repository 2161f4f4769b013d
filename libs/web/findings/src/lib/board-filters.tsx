import { useState } from 'react';
import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FINDING_KINDS, FINDING_STATUSES } from '@kijkje/domain';
import { SelectField, formatNumber } from '@kijkje/web/ui';
import { isWideScreen } from './wide-screen';
import { isFiltered, NO_FILTERS, type BoardFilters } from './use-board-filters';

interface Props {
  filters: BoardFilters;
  onChange: (patch: Partial<BoardFilters>) => void;
  themes: readonly string[];
  authors: { id: string; name: string }[];
  /** Statuses the reader can see at all (the host never sees drafts). */
  statuses?: readonly string[];
  shown: number;
  total: number;
}

/** Narrows the board by theme, kind, status and author; says politely how many are left. */
export function BoardFilterBar({ filters, onChange, themes, authors, statuses = FINDING_STATUSES, shown, total }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // Open from the start where there is room beside the form, or when the address already filters.
  const [open, setOpen] = useState(() => isWideScreen() || isFiltered(filters));
  const all = (label: string) => ({ value: '', label });
  return (
    <div className="kijkje-board-filters">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('findings.filters.legend')}</summary>
        <Fieldset>
          <FieldsetLegend className="kijkje-visually-hidden">{t('findings.filters.legend')}</FieldsetLegend>
          <div className="kijkje-board-filters__fields">
            <SelectField
              id="filter-theme"
              label={t('findings.filters.theme')}
              value={filters.theme}
              onChange={(theme) => onChange({ theme })}
              options={[all(t('findings.filters.allThemes')), ...themes.map((theme) => ({ value: theme, label: theme }))]}
            />
            <SelectField
              id="filter-kind"
              label={t('findings.filters.kind')}
              value={filters.kind}
              onChange={(kind) => onChange({ kind })}
              options={[all(t('findings.filters.allKinds')), ...FINDING_KINDS.map((kind) => ({ value: kind, label: t(`findings.kind.${kind}`) }))]}
            />
            <SelectField
              id="filter-status"
              label={t('findings.filters.status')}
              value={filters.status}
              onChange={(status) => onChange({ status })}
              options={[all(t('findings.filters.allStatuses')), ...statuses.map((status) => ({ value: status, label: t(`findings.status.${status}`) }))]}
            />
            <SelectField
              id="filter-author"
              label={t('findings.filters.author')}
              value={filters.author}
              onChange={(author) => onChange({ author })}
              options={[all(t('findings.filters.allAuthors')), ...authors.map((author) => ({ value: author.id, label: author.name }))]}
            />
          </div>
        </Fieldset>
      </details>
      <div className="kijkje-board-filters__count">
        <Paragraph role="status" aria-live="polite" data-testid="board-count">
          {t('findings.filters.count', { shown: formatNumber(shown, lang), total: formatNumber(total, lang), count: total })}
        </Paragraph>
        {isFiltered(filters) && (
          <Button
            type="button"
            appearance="subtle-button"
            onClick={() => {
              onChange(NO_FILTERS);
              // The button goes away with the filters: the focus stays in the filters instead of the page's start.
              document.getElementById('filter-theme')?.focus();
            }}
          >
            {t('findings.filters.clear')}
          </Button>
        )}
      </div>
    </div>
  );
}
