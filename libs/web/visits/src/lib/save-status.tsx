import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-preparation-autosave';
import { formatClock } from './visit-labels';

/** Says politely whether the preparation is saved: one status for every step. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t, i18n } = useTranslation();
  const text = (() => {
    switch (state.kind) {
      case 'idle':
        return '';
      case 'saved':
        return t('preparation.autosave.savedAt', { time: formatClock(state.at, i18n.language) });
      case 'failed':
        return t('preparation.autosave.failed', { message: state.message });
      default:
        return t(`preparation.autosave.${state.kind}`);
    }
  })();
  return (
    <Paragraph className="kijkje-autosave" role="status" data-testid="autosave-status">
      {text}
    </Paragraph>
  );
}
