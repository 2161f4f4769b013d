import type { ChangeEvent, ReactNode } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea, Textbox } from '@utrecht/component-library-react';
import { describedBy } from '@kijkje/web/ui';

interface BaseProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string | null;
  required?: boolean;
}

function ids(id: string, description: ReactNode, error: string | null | undefined) {
  return { descriptionId: description ? `${id}-description` : undefined, errorId: error ? `${id}-error` : undefined };
}

/** A textbox of another input type than the shared TextField offers (number, date). */
export function InputField({ id, label, value, onChange, description, error, required, type, min }: BaseProps & { type: 'number' | 'date' | 'text'; min?: number | string }) {
  const { descriptionId, errorId } = ids(id, description, error);
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Textbox
          id={id}
          name={id}
          type={type}
          min={min}
          value={value}
          required={required}
          autoComplete="off"
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      }
    />
  );
}

export function TextareaField({ id, label, value, onChange, description, error, required, rows = 5 }: BaseProps & { rows?: number }) {
  const { descriptionId, errorId } = ids(id, description, error);
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Textarea
          id={id}
          name={id}
          value={value}
          rows={rows}
          required={required}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
        />
      }
    />
  );
}
