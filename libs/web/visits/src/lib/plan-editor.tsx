import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { UpdateVisitPlanDocument } from '@kijkje/web/data-access';
import { InputField, TextField, VisuallyHidden, ErrorAlert, readApiError, readFieldPaths } from '@kijkje/web/ui';
import { checkDrafts, moveDraft, PARTNERS, sortDrafts, toDraft, toInput, type AgendaDraft } from './agenda';
import type { VisitData } from './visit-page';
import type { VisitWriter } from './visit-writer';

interface Props {
  visit: VisitData;
  writer: VisitWriter;
  paused: boolean;
  conflictNotice: ReactNode;
  onConflict: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** Date, place and the programme of the day (agenda), saved together with updateVisitPlan. */
export function PlanEditor({ visit, writer, paused, conflictNotice, onConflict, onDirtyChange }: Props) {
  const { t, i18n } = useTranslation();
  const [startsOn, setStartsOn] = useState(visit.startsOn ?? '');
  const [location, setLocation] = useState(visit.location);
  const [items, setItems] = useState<AgendaDraft[]>(() => (visit.agenda ?? []).map((item, index) => toDraft(item, `item-${index}`)));
  const nextKey = useRef(items.length);
  const [saved, setSaved] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UpdateVisitPlanDocument);
  // Reordering and removing move or drop the focused button: say where focus goes next.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const view = apiError ? readApiError(apiError, i18n.language) : null;
  const paths = apiError ? readFieldPaths(apiError, i18n.language) : {};
  const error = (path: string): string | null => (clientErrors[path] ? t(clientErrors[path]) : (paths[path] ?? null));
  const hasErrors = Object.keys(clientErrors).length > 0 || Boolean(view);

  const changed = () => {
    setSaved(false);
    onDirtyChange(true);
  };
  const setItem = (key: string, patch: Partial<AgendaDraft>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
    changed();
  };

  const addItem = () => {
    const key = `item-${nextKey.current++}`;
    setItems((current) => [...current, { key, startTime: '', endTime: '', topic: '', partners: [], others: '' }]);
    focusNext.current = `${key}-start`;
    changed();
  };

  const removeItem = (index: number) => {
    const rest = items.filter((_, i) => i !== index);
    setItems(rest);
    focusNext.current = rest.length ? `${rest[Math.min(index, rest.length - 1)].key}-remove` : 'agenda-add';
    changed();
  };

  const move = (index: number, by: -1 | 1) => {
    const key = items[index].key;
    const next = moveDraft(items, index, by);
    setItems(next);
    const at = next.findIndex((item) => item.key === key);
    // At either end the button just used is switched off; the other one takes the focus.
    const direction = (by === -1 && at === 0) || (by === 1 && at === next.length - 1) ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down';
    focusNext.current = `${key}-${direction}`;
    changed();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (paused) return;
    const sorted = sortDrafts(items);
    setItems(sorted);
    const problems = checkDrafts(sorted);
    setClientErrors(problems);
    setApiError(null);
    setSaved(false);
    if (Object.keys(problems).length > 0) return;
    try {
      await writer.run(async (version) => {
        const result = await update({
          variables: { input: { visitId: visit.id, version, startsOn: startsOn || null, location: location.trim(), agenda: sorted.map(toInput) } },
        });
        return { result: undefined, version: result.data?.updateVisitPlan.version ?? version + 1 };
      });
      setSaved(true);
      onDirtyChange(false);
    } catch (err) {
      if (readApiError(err, i18n.language).code === 'CONFLICT') onConflict();
      else setApiError(err);
    }
  };

  const general = view
    ? (view.message ?? t(`errors.${view.code === 'UNKNOWN' ? 'NETWORK' : view.code}`))
    : Object.keys(clientErrors).length
      ? t('errors.BAD_USER_INPUT')
      : null;

  return (
    <section className="kijkje-section" aria-labelledby="plan-heading">
      <Heading level={3} id="plan-heading">
        {t('plan.title')}
      </Heading>
      {conflictNotice}
      <form noValidate onSubmit={onSubmit}>
        <div className="kijkje-form">
          <InputField
            id="plan-date"
            type="date"
            label={t('plan.date')}
            value={startsOn}
            onChange={(v) => {
              setStartsOn(v);
              changed();
            }}
            error={error('startsOn')}
          />
          <TextField
            id="plan-location"
            label={t('plan.location')}
            description={t('plan.locationDescription')}
            value={location}
            onChange={(v) => {
              setLocation(v);
              changed();
            }}
            error={error('location')}
          />
        </div>
        <Heading level={4}>{t('plan.agenda')}</Heading>
        <Paragraph>{t('plan.agendaIntro')}</Paragraph>
        {items.length === 0 && <Paragraph>{t('plan.noItems')}</Paragraph>}
        {items.map((item, index) => (
          <Fieldset key={item.key} className="kijkje-agenda-item">
            <FieldsetLegend>{t('plan.item', { number: index + 1 })}</FieldsetLegend>
            <div className="kijkje-times">
              <InputField
                id={`${item.key}-start`}
                type="time"
                label={t('plan.startTime')}
                value={item.startTime}
                onChange={(v) => setItem(item.key, { startTime: v })}
                error={error(`agenda.${index}.startTime`)}
              />
              <InputField
                id={`${item.key}-end`}
                type="time"
                label={t('plan.endTime')}
                value={item.endTime}
                onChange={(v) => setItem(item.key, { endTime: v })}
                error={error(`agenda.${index}.endTime`)}
              />
            </div>
            <div className="kijkje-form">
              <TextField
                id={`${item.key}-topic`}
                label={t('plan.topic')}
                value={item.topic}
                onChange={(v) => setItem(item.key, { topic: v })}
                error={error(`agenda.${index}.topic`)}
              />
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
                          setItem(item.key, {
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
                onChange={(v) => setItem(item.key, { others: v })}
              />
            </div>
            <div className="kijkje-actions">
              <Button id={`${item.key}-up`} type="button" appearance="subtle-button" disabled={index === 0} onClick={() => move(index, -1)}>
                {t('plan.moveUp')}
                <VisuallyHidden> {t('plan.item', { number: index + 1 })}</VisuallyHidden>
              </Button>
              <Button id={`${item.key}-down`} type="button" appearance="subtle-button" disabled={index === items.length - 1} onClick={() => move(index, 1)}>
                {t('plan.moveDown')}
                <VisuallyHidden> {t('plan.item', { number: index + 1 })}</VisuallyHidden>
              </Button>
              <Button id={`${item.key}-remove`} type="button" appearance="secondary-action-button" hint="danger" onClick={() => removeItem(index)}>
                {t('plan.remove')}
                <VisuallyHidden> {t('plan.item', { number: index + 1 })}</VisuallyHidden>
              </Button>
            </div>
          </Fieldset>
        ))}
        <div className="kijkje-actions">
          <Button id="agenda-add" type="button" appearance="secondary-action-button" onClick={addItem}>
            {t('plan.add')}
          </Button>
        </div>
        <ErrorAlert message={hasErrors ? general : null} />
        <div role="status">{saved && <Alert type="ok">{t('plan.saved')}</Alert>}</div>
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading || paused}>
          {t('plan.save')}
        </Button>
      </form>
    </section>
  );
}
