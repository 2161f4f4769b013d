import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { dutchDay } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { SetVisitDeadlinesDocument } from '@kijkje/web/data-access';
import { ActionError, InputField, useAction } from '@kijkje/web/ui';
import type { VisitData } from './visit-page';

/** The day of a visit's own deadline, or empty while it follows the programme's rule. */
const ownDay = (at: string | null | undefined, own: boolean) => (own && at ? dutchDay(new Date(at)) : '');

/** Coordinator: the visit's own preparation and report deadlines; left empty, the programme's rule applies. */
export function VisitDeadlinesForm({ visit, onDone }: { visit: VisitData; onDone: () => void }) {
  const { t } = useTranslation();
  const [preparationDueOn, setPreparation] = useState(() => ownDay(visit.deadlines.preparationDue, visit.deadlines.preparationDueOwn));
  const [reportDueOn, setReport] = useState(() => ownDay(visit.deadlines.reportDue, visit.deadlines.reportDueOwn));
  const [save] = useMutation(SetVisitDeadlinesDocument);
  const action = useAction(
    () =>
      save({
        variables: { input: { visitId: visit.id, version: visit.version, preparationDueOn: preparationDueOn || null, reportDueOn: reportDueOn || null } },
      }),
    { onDone },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run();
  };

  return (
    <section className="kijkje-section" aria-labelledby="deadlines-heading">
      <Heading level={2} id="deadlines-heading">
        {t('visits.deadlines.title')}
      </Heading>
      <Paragraph>{t('visits.deadlines.intro')}</Paragraph>
      <form className="kijkje-form" noValidate onSubmit={submit}>
        <ActionError errors={action.errors} />
        <InputField
          id="deadline-preparation"
          type="date"
          label={t('visits.deadlines.preparationDueOn')}
          value={preparationDueOn}
          onChange={setPreparation}
          error={action.errors.field('preparationDueOn')}
        />
        <InputField
          id="deadline-report"
          type="date"
          label={t('visits.deadlines.reportDueOn')}
          value={reportDueOn}
          onChange={setReport}
          error={action.errors.field('reportDueOn')}
        />
        <div className="kijkje-actions">
          <Button type="submit" appearance="secondary-action-button" busy={action.pending} disabled={action.pending}>
            {t('visits.deadlines.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
