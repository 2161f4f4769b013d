import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, RadioButton } from '@utrecht/component-library-react';
import { HARVEST_VISIBILITIES } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { UpdateHarvestDocument, type HarvestVisibility } from '@kijkje/web/data-access';
import { ErrorAlert, TextField } from '@kijkje/web/ui';
import { HarvestConflict, useHarvestSave } from './harvest-save';
import { type Harvest } from './use-latest-harvest';

/** Title and visibility: who will read the published version. */
export function DetailsSection({ harvest, onDone }: { harvest: Harvest; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(harvest.title);
  const [visibility, setVisibility] = useState<HarvestVisibility>(harvest.visibility);
  const [update] = useMutation(UpdateHarvestDocument);
  const { conflict, errors, pending, send, keepMine, takeLatest } = useHarvestSave(harvest, (latest) => ({
    title: latest.title,
    visibility: latest.visibility,
  }));
  const save = async (version: number) => {
    await update({ variables: { input: { id: harvest.id, version, title: title.trim(), visibility } } });
  };
  const saved = (ok: boolean) => ok && onDone(t('harvest.details.saved'));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (errors.check(title.trim() ? {} : { title: 'common.required' })) void send(save, harvest.version).then(saved);
  };

  return (
    <section className="kijkje-section" aria-labelledby="harvest-details-heading">
      <Heading level={3} id="harvest-details-heading">
        {t('harvest.details.title')}
      </Heading>
      {conflict ? (
        <HarvestConflict
          mine={[
            [t('harvest.fields.title'), title],
            [t('harvest.fields.visibility'), t(`harvest.visibility.${visibility}`)],
          ]}
          theirs={[
            [t('harvest.fields.title'), conflict.value.part.title],
            [t('harvest.fields.visibility'), t(`harvest.visibility.${conflict.value.part.visibility}`)],
          ]}
          updatedAt={conflict.value.updatedAt}
          busy={pending}
          error={errors.general}
          onKeepMine={() => void keepMine(save).then(saved)}
          onTakeLatest={() => {
            const latest = takeLatest();
            if (latest) {
              setTitle(latest.part.title);
              setVisibility(latest.part.visibility);
            }
            onDone(t('harvest.conflict.tookLatest'));
          }}
        />
      ) : (
        <form className="kijkje-form" noValidate onSubmit={onSubmit}>
          <ErrorAlert message={errors.general} />
          <TextField id="harvest-edit-title" label={t('harvest.fields.title')} value={title} onChange={setTitle} required error={errors.field('title')} />
          <Fieldset>
            <FieldsetLegend>{t('harvest.fields.visibility')}</FieldsetLegend>
            {HARVEST_VISIBILITIES.map((level) => (
              <FormField
                key={level}
                type="radio"
                label={
                  <FormLabel htmlFor={`harvest-edit-visibility-${level}`} type="radio">
                    {t(`harvest.visibilityOption.${level}`)}
                  </FormLabel>
                }
                input={
                  <RadioButton
                    id={`harvest-edit-visibility-${level}`}
                    name="edit-visibility"
                    value={level}
                    checked={visibility === level}
                    onChange={() => setVisibility(level)}
                  />
                }
              />
            ))}
          </Fieldset>
          <Button type="submit" appearance="primary-action-button" busy={pending} disabled={pending}>
            {t('harvest.details.save')}
          </Button>
        </form>
      )}
    </section>
  );
}
