import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MarkVisitHeldDocument } from '@kijkje/web/data-access';
import { ActionError, ConfirmDialog, formatDate, useAction } from '@kijkje/web/ui';
import type { VisitData } from './visit-page';

/** Lead or coordinator: the visit took place (PREPARED → HELD); then the findings can be shared. It cannot be undone, so it asks first. */
export function MarkHeld({ visit, onDone }: { visit: VisitData; onDone: () => void }) {
  const { t } = useTranslation();
  const [markHeld] = useMutation(MarkVisitHeldDocument);
  const action = useAction(() => markHeld({ variables: { input: { visitId: visit.id, version: visit.version } } }), { onDone });

  return (
    <section className="kijkje-section" aria-labelledby="held-heading">
      <Heading level={2} id="held-heading">
        {t('visits.held.title')}
      </Heading>
      <Paragraph>{t('visits.held.intro')}</Paragraph>
      <ActionError errors={action.errors} />
      <Button type="button" appearance="primary-action-button" busy={action.pending} disabled={action.pending} onClick={action.ask}>
        {t('visits.held.submit')}
      </Button>
      <ConfirmDialog
        open={action.asking}
        title={t('visits.held.confirmTitle', { name: visit.hostOrganisation.name })}
        confirmLabel={t('visits.held.confirmYes')}
        cancelLabel={t('visits.held.confirmNo')}
        busy={action.pending}
        onConfirm={() => void action.run()}
        onCancel={action.cancel}
      >
        <Paragraph>{t('visits.held.confirmBody')}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}

/** Lead or coordinator before the visit's day: "visit done" is not offered yet, and the page says from when it will be. */
export function MarkHeldLater({ visit }: { visit: VisitData }) {
  const { t, i18n } = useTranslation();
  return <Paragraph data-testid="held-later">{t('visits.held.later', { day: formatDate(visit.startsOn, i18n.language) })}</Paragraph>;
}
