import { useEffect, useRef, useState } from 'react';
import { Button, ButtonGroup, Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage } from '@utrecht/component-library-react';
import { TextField, VisuallyHidden, describedBy } from '@kijkje/web/ui';
import { useTranslation } from 'react-i18next';
import { fieldId, moveItem, newItemId, removeAt, replaceAt, type ThemeItem } from './programme-form';

interface Props {
  themes: ThemeItem[];
  onChange: (themes: ThemeItem[]) => void;
  /** The message for a field path (`themes`, `themes.2`), from the browser's check or the server. */
  error: (path: string) => string | null;
  /** Told about an added theme, so the framework editor can give it the default questions. */
  onAdded?: (item: ThemeItem) => void;
  legend?: string;
}

/**
 * The programme's themes: rename in place, add, remove, and reorder with buttons (no dragging),
 * each move announced. Focus stays with what the person was working on.
 */
export function ThemesEditor({ themes, onChange, error, onAdded, legend }: Props) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string | null>(null);
  const listError = error('themes');
  const name = (item: ThemeItem) => item.name.trim() || t('programmeEdit.unnamedTheme');

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const move = (index: number, delta: -1 | 1) => {
    const item = themes[index];
    const next = moveItem(themes, index, delta);
    const position = index + delta;
    // Keep focus on the same button, or on the other one when the item reached an end.
    const direction = delta < 0 ? 'up' : 'down';
    const atEnd = delta < 0 ? position === 0 : position === next.length - 1;
    focusNext.current = `${item.id}-${atEnd ? (direction === 'up' ? 'down' : 'up') : direction}`;
    onChange(next);
    setAnnouncement(t('programmeEdit.themeMoved', { name: name(item), position: position + 1, count: next.length }));
  };

  const remove = (index: number) => {
    const item = themes[index];
    const next = removeAt(themes, index);
    focusNext.current = next.length === 0 ? 'themes-add' : fieldId(`themes.${Math.min(index, next.length - 1)}`);
    onChange(next);
    setAnnouncement(t('programmeEdit.themeRemoved', { name: name(item) }));
  };

  const add = () => {
    const item: ThemeItem = { id: newItemId('theme'), name: '', saved: null };
    focusNext.current = fieldId(`themes.${themes.length}`);
    onChange([...themes, item]);
    onAdded?.(item);
    setAnnouncement(t('programmeEdit.themeAdded'));
  };

  return (
    <Fieldset id={fieldId('themes')} invalid={Boolean(listError)} aria-describedby={describedBy('themes-description', listError ? 'themes-error' : undefined)}>
      <FieldsetLegend>{legend ?? t('programmeEdit.themesTitle')}</FieldsetLegend>
      <FormFieldDescription id="themes-description">{t('programmeEdit.themesDescription')}</FormFieldDescription>
      {listError && <FormFieldErrorMessage id="themes-error">{listError}</FormFieldErrorMessage>}
      <ol className="kijkje-editor-list">
        {themes.map((item, index) => (
          <li key={item.id} className="kijkje-editor-item">
            <TextField
              id={fieldId(`themes.${index}`)}
              label={t('programmeEdit.themeLabel', { number: index + 1 })}
              value={item.name}
              onChange={(value) => onChange(replaceAt(themes, index, { ...item, name: value }))}
              autoComplete="off"
              required
              error={error(`themes.${index}`)}
            />
            <ButtonGroup className="kijkje-editor-actions">
              {index > 0 && (
                <Button id={`${item.id}-up`} type="button" appearance="secondary-action-button" onClick={() => move(index, -1)}>
                  {t('programmeEdit.moveUp')}
                  <VisuallyHidden> ({name(item)})</VisuallyHidden>
                </Button>
              )}
              {index < themes.length - 1 && (
                <Button id={`${item.id}-down`} type="button" appearance="secondary-action-button" onClick={() => move(index, 1)}>
                  {t('programmeEdit.moveDown')}
                  <VisuallyHidden> ({name(item)})</VisuallyHidden>
                </Button>
              )}
              <Button type="button" appearance="subtle-button" hint="danger" onClick={() => remove(index)}>
                {t('programmeEdit.removeTheme')}
                <VisuallyHidden> ({name(item)})</VisuallyHidden>
              </Button>
            </ButtonGroup>
          </li>
        ))}
      </ol>
      <Button id="themes-add" type="button" appearance="secondary-action-button" onClick={add}>
        {t('programmeEdit.addTheme')}
      </Button>
      <div className="kijkje-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </Fieldset>
  );
}
