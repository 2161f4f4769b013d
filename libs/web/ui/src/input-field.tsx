import type { ChangeEvent, ReactNode } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import { describedBy } from './describedby';

export interface InputFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** The browser's own control for dates, times and numbers (keyboard-usable, no custom picker). */
  type: 'date' | 'time' | 'number' | 'text';
  description?: ReactNode;
  error?: string | null;
  required?: boolean;
  min?: number | string;
  max?: number | string;
}

export function InputField({ id, label, value, onChange, type, description, error, required, min, max }: InputFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
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
          max={max}
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
