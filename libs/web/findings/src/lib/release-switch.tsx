import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Checkbox, FormField, FormFieldDescription, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SetFindingReleaseDocument, type FindingFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, useAction } from '@kijkje/web/ui';

/** The host's per-finding choice: may it be used, anonymised, in the harvest? */
export function ReleaseSwitch({ finding }: { finding: FindingFieldsFragment }) {
  const { t } = useTranslation();
  const [release] = useMutation(SetFindingReleaseDocument);
  // The choice shows at once; the cache follows when the server has it (or it flips back).
  const [pending, setPending] = useState<boolean | null>(null);
  const action = useAction(async (released: boolean) => {
    await release({ variables: { input: { findingId: finding.id, released } } });
    return released;
  });
  const id = `release-${finding.id}`;

  const onChange = async (released: boolean) => {
    // Not disabled while saving: a disabled control would drop the keyboard focus.
    if (action.pending) return;
    setPending(released);
    await action.run(released);
    setPending(null);
  };

  return (
    <div>
      <FormField
        type="checkbox"
        label={
          <FormLabel htmlFor={id} type="checkbox">
            {t('reply.release')}
          </FormLabel>
        }
        description={<FormFieldDescription id={`${id}-description`}>{t('reply.releaseDescription')}</FormFieldDescription>}
        input={
          <Checkbox
            id={id}
            role="switch"
            checked={pending ?? finding.releasedForHarvest}
            aria-describedby={`${id}-description`}
            onChange={(event) => void onChange(event.target.checked)}
          />
        }
      />
      <div role="status">
        {action.succeeded && <Paragraph className="kijkje-finding-meta">{action.done ? t('reply.released') : t('reply.withheld')}</Paragraph>}
      </div>
      <ErrorAlert message={action.errors.general} />
    </div>
  );
}
