import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { UpdateHarvestDocument } from '@kijkje/web/data-access';
import { ErrorAlert, Markdown, TextareaField } from '@kijkje/web/ui';
import { HarvestConflict, useHarvestSave } from './harvest-save';
import { type Harvest } from './use-latest-harvest';

/** Verhaal: the narrative in Markdown, with a preview beside it. */
export function NarrativeSection({ harvest, onDone }: { harvest: Harvest; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [narrative, setNarrative] = useState(harvest.narrative);
  const [update] = useMutation(UpdateHarvestDocument);
  const { conflict, errors, pending, send, keepMine, takeLatest } = useHarvestSave(harvest, (latest) => latest.narrative);
  const changed = narrative !== harvest.narrative;
  const save = async (version: number) => {
    await update({ variables: { input: { id: harvest.id, version, narrative } } });
  };
  const saved = (ok: boolean) => ok && onDone(t('harvest.narrative.saved'));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(save, harvest.version).then(saved);
  };

  if (conflict) {
    return (
      <HarvestConflict
        markdown
        mine={[[t('harvest.narrative.title'), narrative]]}
        theirs={[[t('harvest.narrative.title'), conflict.value.part]]}
        updatedAt={conflict.value.updatedAt}
        busy={pending}
        error={errors.general}
        onKeepMine={() => void keepMine(save).then(saved)}
        onTakeLatest={() => {
          const latest = takeLatest();
          if (latest) setNarrative(latest.part);
          onDone(t('harvest.conflict.tookLatest'));
        }}
      />
    );
  }

  return (
    <div className="kijkje-narrative">
      <form noValidate onSubmit={onSubmit} className="kijkje-form">
        <ErrorAlert message={errors.general} />
        <TextareaField
          id="harvest-narrative"
          label={t('harvest.narrative.label')}
          description={t('harvest.narrative.description')}
          value={narrative}
          onChange={setNarrative}
          rows={10}
          error={errors.field('narrative')}
        />
        <div className="kijkje-actions">
          <Button type="submit" appearance="primary-action-button" busy={pending} disabled={pending}>
            {t('harvest.narrative.save')}
          </Button>
          {changed && <Paragraph className="kijkje-harvest-meta">{t('harvest.narrative.unsaved')}</Paragraph>}
        </div>
      </form>
      <section className="kijkje-preview" aria-labelledby="harvest-preview-heading">
        <Heading level={3} id="harvest-preview-heading">
          {t('harvest.narrative.preview')}
        </Heading>
        {narrative.trim() ? <Markdown source={narrative} topHeadingLevel={4} /> : <Paragraph>{t('harvest.narrative.empty')}</Paragraph>}
      </section>
    </div>
  );
}
