import { useTranslation } from 'react-i18next';
import { formatNumber } from '@kijkje/web/ui';

/** A count as the harvest shows it: in the reader's language, or "verborgen" where a small group hides it (null). */
export function useShownNumber(): (value: number | null | undefined) => string {
  const { t, i18n } = useTranslation();
  const hidden = t('harvest.counts.hidden');
  return (value) => (value === null || value === undefined ? hidden : formatNumber(value, i18n.language));
}
