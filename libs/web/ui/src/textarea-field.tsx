import type { ChangeEvent, ReactNode } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea } from '@utrecht/component-library-react';
import { describedBy } from './describedby';

export interface TextareaFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** Leaving the field: autosaving forms save at once instead of waiting for the pause. */
  onBlur?: () => void;
  description?: ReactNode;
  error?: string | null;
  required?: boolean;
  rows?: number;
  maxLength?: number;
}

/** NL Design System multi-line field: label, optional description, error message tied by aria-describedby. */
export function TextareaField({ id, label, value, onChange, onBlur, description, error, required, rows = 5, maxLength }: TextareaFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
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
          maxLength={maxLength}
          required={required}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      }
    />
  );
}
