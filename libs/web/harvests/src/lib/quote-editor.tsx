import { useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { UpdateHarvestQuoteDocument } from '@kijkje/web/data-access';
import { ErrorAlert, TextareaField } from '@kijkje/web/ui';
import { HarvestConflict, useHarvestSave } from './harvest-save';
import { type Harvest } from './use-latest-harvest';

/** Edits the text of one chosen quote; on a conflict both texts side by side. */
export function QuoteEditor({
  harvest,
  quote,
  index,
  onDone,
}: {
  harvest: Harvest;
  quote: Harvest['quotes'][number];
  index: number;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(quote.text);
  const [update] = useMutation(UpdateHarvestQuoteDocument);
  const { conflict, errors, pending, send, keepMine, takeLatest } = useHarvestSave(
    harvest,
    (latest) => latest.quotes.find((q) => q.findingId === quote.findingId)?.text ?? null,
  );
  const id = `harvest-quote-${quote.findingId}`;
  useEffect(() => document.getElementById(id)?.focus(), [id]);

  const save = async (version: number) => {
    await update({ variables: { input: { harvestId: harvest.id, findingId: quote.findingId, version, text: text.trim() } } });
  };
  const saved = (ok: boolean) => ok && onDone(t('harvest.quotes.saved'));

  if (conflict) {
    return (
      <HarvestConflict
        mine={[[t('harvest.quotes.text'), text]]}
        theirs={[[t('harvest.quotes.text'), conflict.value.part ?? t('harvest.quotes.goneElsewhere')]]}
        updatedAt={conflict.value.updatedAt}
        busy={pending}
        error={errors.general}
        onKeepMine={() => void keepMine(save).then(saved)}
        onTakeLatest={() => {
          takeLatest();
          onDone(t('harvest.conflict.tookLatest'));
        }}
      />
    );
  }

  return (
    <form
      noValidate
      className="kijkje-form"
      aria-label={t('harvest.quotes.editLabel', { n: index + 1 })}
      onSubmit={(event) => {
        event.preventDefault();
        if (errors.check(text.trim() ? {} : { text: 'common.required' })) void send(save, harvest.version).then(saved);
      }}
    >
      <ErrorAlert message={errors.general} />
      <TextareaField
        id={id}
        label={t('harvest.quotes.text')}
        description={t('harvest.quotes.textDescription')}
        value={text}
        onChange={setText}
        rows={4}
        required
        error={errors.field('text')}
      />
      <div className="kijkje-actions">
        <Button type="submit" appearance="primary-action-button" busy={pending} disabled={pending}>
          {t('harvest.quotes.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={pending} onClick={() => onDone('')}>
          {t('harvest.quotes.cancel')}
        </Button>
      </div>
    </form>
  );
}
