import { useSearchParams } from 'react-router-dom';
import { FINDING_KINDS, FINDING_STATUSES } from '@kijkje/domain';
import type { FindingFieldsFragment } from '@kijkje/web/data-access';

/** What the board shows: empty means "all". Kept in the address (?thema=&soort=&status=&door=), so a filtered board can be shared or reloaded. */
export interface BoardFilters {
  theme: string;
  kind: string;
  status: string;
  author: string;
}

export const NO_FILTERS: BoardFilters = { theme: '', kind: '', status: '', author: '' };

const PARAMS: Record<keyof BoardFilters, string> = { theme: 'thema', kind: 'soort', status: 'status', author: 'door' };

type Filterable = Pick<FindingFieldsFragment, 'theme' | 'kind' | 'status'> & { author: { id: string } };

/** The findings the filters let through, in the board's order. */
export function filterFindings<F extends Filterable>(findings: readonly F[], filters: BoardFilters): F[] {
  return findings.filter(
    (finding) =>
      (!filters.theme || finding.theme === filters.theme) &&
      (!filters.kind || finding.kind === filters.kind) &&
      (!filters.status || finding.status === filters.status) &&
      (!filters.author || finding.author.id === filters.author),
  );
}

export function isFiltered(filters: BoardFilters): boolean {
  return Object.values(filters).some(Boolean);
}

/** The people who wrote the findings on the board, each once, by name. */
export function authorsOf(findings: readonly { author: { id: string; name: string } }[]): { id: string; name: string }[] {
  const byId = new Map(findings.map((finding) => [finding.author.id, finding.author.name]));
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The filters as the address holds them; a value the board does not know (an old link) is ignored. */
export function useBoardFilters(): [BoardFilters, (patch: Partial<BoardFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const kind = params.get(PARAMS.kind) ?? '';
  const status = params.get(PARAMS.status) ?? '';
  const filters: BoardFilters = {
    theme: params.get(PARAMS.theme) ?? '',
    kind: (FINDING_KINDS as readonly string[]).includes(kind) ? kind : '',
    status: (FINDING_STATUSES as readonly string[]).includes(status) ? status : '',
    author: params.get(PARAMS.author) ?? '',
  };
  const change = (patch: Partial<BoardFilters>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch) as [keyof BoardFilters, string][]) {
          if (value) next.set(PARAMS[key], value);
          else next.delete(PARAMS[key]);
        }
        return next;
      },
      { replace: true },
    );
  return [filters, change];
}
