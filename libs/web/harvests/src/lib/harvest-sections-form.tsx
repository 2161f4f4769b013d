import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { MAX_COMPARED_PROGRAMMES } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { HarvestProgrammeChoicesDocument, UpdateHarvestSectionsDocument } from '@kijkje/web/data-access';
import { ErrorAlert } from '@kijkje/web/ui';
import { HarvestMeetingChoice } from './harvest-meeting-choice';
import { HarvestConflict, useHarvestSave } from './harvest-save';
import { type Harvest } from './use-latest-harvest';

interface Parts {
  compared: string[];
  indicators: boolean;
  evaluation: boolean;
  meetings: boolean;
  meetingIds: string[];
}

const partsOf = (harvest: Harvest): Parts => ({
  compared: harvest.comparedProgrammes.map((p) => p.id),
  indicators: harvest.showIndicators,
  evaluation: harvest.showEvaluation,
  meetings: harvest.showMeetings,
  meetingIds: [...harvest.meetingIds],
});

/**
 * What the harvest shows besides its own counts: other programmes of the network to compare with
 * (in the order they are ticked), the cijfers, the evaluation counts and the work meetings (all of
 * the programme's period, or those ticked). Saved with the draft's
 * version; on a conflict both choices are shown.
 */
export function HarvestSectionsForm({ harvest, onDone }: { harvest: Harvest; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [parts, setParts] = useState<Parts>(() => partsOf(harvest));
  const { data } = useQuery(HarvestProgrammeChoicesDocument, { fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UpdateHarvestSectionsDocument);
  const { conflict, errors, pending, send, keepMine, takeLatest } = useHarvestSave(harvest, partsOf);
  const others = (data?.programmes ?? []).filter((p) => p.id !== harvest.programme.id);
  const nameOf = (id: string) => others.find((p) => p.id === id)?.name ?? harvest.comparedProgrammes.find((p) => p.id === id)?.name ?? id;
  const save = async (version: number) => {
    const result = await update({
      variables: {
        input: {
          id: harvest.id,
          version,
          comparedProgrammeIds: parts.compared,
          indicators: parts.indicators,
          evaluation: parts.evaluation,
          meetings: parts.meetings,
          meetingIds: parts.meetingIds,
        },
      },
    });
    return result.data?.updateHarvestSections.version;
  };
  const saved = (ok: boolean) => ok && onDone(t('harvest.sections.saved'));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(save, harvest.version).then(saved);
  };
  const describe = (p: Parts) =>
    [
      p.compared.length ? p.compared.map(nameOf).join(', ') : t('harvest.sections.noComparison'),
      p.indicators ? t('harvest.sections.indicators') : null,
      p.evaluation ? t('harvest.sections.evaluation') : null,
      p.meetings ? t('harvest.sections.meetings') : null,
    ]
      .filter(Boolean)
      .join(' · ');
  const toggle = (id: string, on: boolean) =>
    setParts((current) => ({ ...current, compared: on ? [...current.compared, id] : current.compared.filter((c) => c !== id) }));
  const comparedError = errors.field('comparedProgrammeIds');

  return (
    <section className="kijkje-section" aria-labelledby="harvest-sections-heading" data-testid="harvest-sections">
      <Heading level={3} id="harvest-sections-heading">
        {t('harvest.sections.title')}
      </Heading>
      <Paragraph>{t('harvest.sections.intro')}</Paragraph>
      {conflict ? (
        <HarvestConflict
          mine={[[t('harvest.sections.title'), describe(parts)]]}
          theirs={[[t('harvest.sections.title'), describe(conflict.value.part)]]}
          updatedAt={conflict.value.updatedAt}
          busy={pending}
          error={errors.general}
          onKeepMine={() => void keepMine(save).then(saved)}
          onTakeLatest={() => {
            const latest = takeLatest();
            if (latest) setParts(latest.part);
            onDone(t('harvest.conflict.tookLatest'));
          }}
        />
      ) : (
        <form className="kijkje-form" noValidate onSubmit={onSubmit}>
          <ErrorAlert message={errors.general} />
          <Fieldset invalid={Boolean(comparedError)} aria-describedby={comparedError ? 'harvest-compare-error' : undefined}>
            <FieldsetLegend>{t('harvest.sections.compareLegend')}</FieldsetLegend>
            <FormFieldDescription>{t('harvest.sections.compareDescription', { max: MAX_COMPARED_PROGRAMMES })}</FormFieldDescription>
            {comparedError && <FormFieldErrorMessage id="harvest-compare-error">{comparedError}</FormFieldErrorMessage>}
            {others.length === 0 && <Paragraph>{t('harvest.sections.noOthers')}</Paragraph>}
            {others.map((programme) => (
              <FormField
                key={programme.id}
                type="checkbox"
                label={
                  <FormLabel htmlFor={`harvest-compare-${programme.id}`} type="checkbox">
                    {programme.name}
                  </FormLabel>
                }
                input={
                  <Checkbox
                    id={`harvest-compare-${programme.id}`}
                    name="compared"
                    value={programme.id}
                    checked={parts.compared.includes(programme.id)}
                    onChange={(event) => toggle(programme.id, event.target.checked)}
                  />
                }
              />
            ))}
          </Fieldset>
          <Fieldset>
            <FieldsetLegend>{t('harvest.sections.partsLegend')}</FieldsetLegend>
            {(['indicators', 'evaluation', 'meetings'] as const).map((part) => (
              <FormField
                key={part}
                type="checkbox"
                description={<FormFieldDescription id={`harvest-part-${part}-description`}>{t(`harvest.sections.${part}Description`)}</FormFieldDescription>}
                label={
                  <FormLabel htmlFor={`harvest-part-${part}`} type="checkbox">
                    {t(`harvest.sections.${part}`)}
                  </FormLabel>
                }
                input={
                  <Checkbox
                    id={`harvest-part-${part}`}
                    name={part}
                    aria-describedby={`harvest-part-${part}-description`}
                    checked={parts[part]}
                    onChange={(event) => setParts((current) => ({ ...current, [part]: event.target.checked }))}
                  />
                }
              />
            ))}
          </Fieldset>
          {parts.meetings && (
            <HarvestMeetingChoice
              choices={harvest.meetingChoices}
              chosen={parts.meetingIds}
              error={errors.field('meetingIds')}
              onChange={(meetingIds) => setParts((current) => ({ ...current, meetingIds }))}
            />
          )}
          <Button type="submit" appearance="primary-action-button" busy={pending} disabled={pending}>
            {t('harvest.sections.save')}
          </Button>
        </form>
      )}
    </section>
  );
}
