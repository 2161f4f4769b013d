import { Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { InputField, TextField, VisuallyHidden } from '@kijkje/web/ui';
import { PARTNERS, type AgendaDraft } from './agenda';

interface Props {
  item: AgendaDraft;
  index: number;
  count: number;
  error: (field: string) => string | null;
  onChange: (patch: Partial<AgendaDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One item of the programme of the day: times, topic, conversation partners; move and remove. */
export function AgendaItemFields({ item, index, count, error, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const name = <VisuallyHidden> {t('plan.item', { number: index + 1 })}</VisuallyHidden>;
  return (
    <Fieldset className="kijkje-agenda-item">
      <FieldsetLegend>{t('plan.item', { number: index + 1 })}</FieldsetLegend>
      <div className="kijkje-times">
        <InputField
          id={`${item.key}-start`}
          type="time"
          label={t('plan.startTime')}
          value={item.startTime}
          onChange={(v) => onChange({ startTime: v })}
          error={error('startTime')}
        />
        <InputField
          id={`${item.key}-end`}
          type="time"
          label={t('plan.endTime')}
          value={item.endTime}
          onChange={(v) => onChange({ endTime: v })}
          error={error('endTime')}
        />
      </div>
      <div className="kijkje-form">
        <TextField id={`${item.key}-topic`} label={t('plan.topic')} value={item.topic} onChange={(v) => onChange({ topic: v })} error={error('topic')} />
      </div>
      <Fieldset>
        <FieldsetLegend>{t('plan.partners')}</FieldsetLegend>
        <div className="kijkje-checkboxes">
          {PARTNERS.map((partner) => (
            <FormField
              key={partner}
              type="checkbox"
              label={
                <FormLabel htmlFor={`${item.key}-${partner}`} type="checkbox">
                  {t(`plan.partner.${partner}`)}
                </FormLabel>
              }
              input={
                <Checkbox
                  id={`${item.key}-${partner}`}
                  checked={item.partners.includes(partner)}
                  onChange={(event) =>
                    onChange({
                      partners: event.target.checked
                        ? PARTNERS.filter((p) => p === partner || item.partners.includes(p))
                        : item.partners.filter((p) => p !== partner),
                    })
                  }
                />
              }
            />
          ))}
        </div>
      </Fieldset>
      <div className="kijkje-form">
        <TextField
          id={`${item.key}-others`}
          label={t('plan.others')}
          description={t('plan.othersDescription')}
          value={item.others}
          onChange={(v) => onChange({ others: v })}
        />
      </div>
      <div className="kijkje-actions">
        <Button id={`${item.key}-up`} type="button" appearance="subtle-button" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('plan.moveUp')}
          {name}
        </Button>
        <Button id={`${item.key}-down`} type="button" appearance="subtle-button" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('plan.moveDown')}
          {name}
        </Button>
        <Button id={`${item.key}-remove`} type="button" appearance="secondary-action-button" hint="danger" onClick={onRemove}>
          {t('plan.remove')}
          {name}
        </Button>
      </div>
    </Fieldset>
  );
}
