import { useEffect, useRef } from 'react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { dutchToday } from '@kijkje/domain';
import { InputField, TextField } from '@kijkje/web/ui';
import { moveDraft, type AgendaDraft } from './agenda';
import { AgendaItemFields } from './agenda-item-fields';
import { newItemKey } from './plan-draft';
import type { PreparationAutosave } from './use-preparation-autosave';

/** Date and times (Dutch time), place and the programme of the day (agenda), autosaved together like the answers. */
export function PlanStep({ draft }: { draft: PreparationAutosave }) {
  const { t } = useTranslation();
  const { plan, planErrors, changePlan } = draft;
  const items = plan.items;
  // A new day in the past is refused by the server; a day already planned stays choosable.
  const today = dutchToday();
  // Adding, reordering and removing move or drop the focused button: say where focus goes next.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const setItems = (update: (items: AgendaDraft[]) => AgendaDraft[]) => changePlan((current) => ({ ...current, items: update(current.items) }));

  const addItem = () => {
    const key = newItemKey();
    setItems((current) => [...current, { key, startTime: '', endTime: '', topic: '', partners: [], others: '' }]);
    focusNext.current = `${key}-start`;
  };

  const removeItem = (index: number) => {
    const rest = items.filter((_, i) => i !== index);
    focusNext.current = rest.length ? `${rest[Math.min(index, rest.length - 1)].key}-remove` : 'agenda-add';
    setItems(() => rest);
  };

  const move = (index: number, by: -1 | 1) => {
    const key = items[index].key;
    const next = moveDraft(items, index, by);
    const at = next.findIndex((item) => item.key === key);
    // At either end the button just used is switched off; the other one takes the focus.
    const direction = (by === -1 && at === 0) || (by === 1 && at === next.length - 1) ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down';
    focusNext.current = `${key}-${direction}`;
    setItems(() => next);
  };

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      <div className="kijkje-form" onBlur={() => void draft.flush('plan')}>
        <InputField
          id="plan-date"
          type="date"
          label={t('plan.date')}
          value={plan.startsOn}
          min={plan.startsOn && plan.startsOn < today ? undefined : today}
          onChange={(v) => changePlan((current) => ({ ...current, startsOn: v }))}
          error={planErrors['startsOn'] ?? null}
        />
        <div className="kijkje-times">
          <InputField
            id="plan-start"
            type="time"
            label={t('plan.visitStart')}
            value={plan.startTime}
            onChange={(v) => changePlan((current) => ({ ...current, startTime: v }))}
            error={planErrors['startTime'] ?? null}
          />
          <InputField
            id="plan-end"
            type="time"
            label={t('plan.visitEnd')}
            description={t('plan.visitEndDescription')}
            value={plan.endTime}
            onChange={(v) => changePlan((current) => ({ ...current, endTime: v }))}
            error={planErrors['endTime'] ?? null}
          />
        </div>
        <TextField
          id="plan-location"
          label={t('plan.location')}
          description={t('plan.locationDescription')}
          value={plan.location}
          onChange={(v) => changePlan((current) => ({ ...current, location: v }))}
          error={planErrors['location'] ?? null}
        />
      </div>
      <Heading level={4}>{t('plan.agenda')}</Heading>
      <Paragraph>{t('plan.agendaIntro')}</Paragraph>
      {items.length === 0 && <Paragraph>{t('plan.noItems')}</Paragraph>}
      {items.map((item, index) => (
        <AgendaItemFields
          key={item.key}
          item={item}
          index={index}
          count={items.length}
          error={(field) => planErrors[`${item.key}.${field}`] ?? null}
          onChange={(patch) => setItems((current) => current.map((other) => (other.key === item.key ? { ...other, ...patch } : other)))}
          onMove={(by) => move(index, by)}
          onRemove={() => removeItem(index)}
        />
      ))}
      <div className="kijkje-actions">
        <Button id="agenda-add" type="button" appearance="secondary-action-button" onClick={addItem}>
          {t('plan.add')}
        </Button>
      </div>
    </form>
  );
}
