import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import './confirm-dialog.css';

export interface ConfirmDialogProps {
  open: boolean;
  /** Names the step, e.g. "Versie 3 openbaar publiceren?". */
  title: ReactNode;
  /** What will happen, plainly; may hold a preview or a field (a reason). */
  children: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void;
  /** Cancel button, Escape, or closing the dialog otherwise. */
  onCancel: () => void;
  /** `danger` for what cannot be undone by the person who does it (withdraw, decline, close): an alertdialog, confirm in red. */
  tone?: 'default' | 'danger';
  busy?: boolean;
  confirmDisabled?: boolean;
  /** The id of the element inside the dialog that gets focus when it opens (a field to fill in); the cancel button when left out (the safe choice). */
  initialFocus?: string;
  testId?: string;
}

/**
 * Asks before an irreversible step, naming what will happen. A modal native <dialog>: the page
 * behind it is inert and focus stays inside; Escape cancels; focus returns to what opened it.
 * Controlled: the caller keeps `open` and closes it on cancel or after a confirmed step.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  tone = 'default',
  busy,
  confirmDisabled,
  initialFocus,
  testId,
}: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      const first = initialFocus ? element.querySelector<HTMLElement>(`#${CSS.escape(initialFocus)}`) : null;
      (first ?? cancel.current)?.focus();
    } else if (!open && element.open) {
      element.close();
      opener.current?.focus();
    }
  }, [open, initialFocus]);

  return (
    <dialog
      ref={dialog}
      className="kijkje-dialog"
      role={tone === 'danger' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid={testId}
      onCancel={(event) => {
        // Escape: the caller decides, so that `open` stays the truth.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <Heading level={2} id={titleId} className="kijkje-dialog__title">
        {title}
      </Heading>
      <div id={bodyId} className="kijkje-dialog__body">
        {children}
      </div>
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          hint={tone === 'danger' ? 'danger' : undefined}
          busy={busy}
          disabled={busy || confirmDisabled}
          onClick={onConfirm}
        >
          {confirmLabel}
        </Button>
        <Button type="button" appearance="secondary-action-button" ref={cancel} disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </Button>
      </ButtonGroup>
    </dialog>
  );
}
