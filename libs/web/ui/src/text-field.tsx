import type { ChangeEvent, ReactNode } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import { describedBy } from './describedby';

export interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search';
  description?: ReactNode;
  error?: string | null;
  autoComplete?: string;
  required?: boolean;
  name?: string;
}

/** NL Design System form field: label, optional description, textbox, error message tied by aria-describedby. */
export function TextField({ id, label, value, onChange, type = 'text', description, error, autoComplete, required, name }: TextFieldProps) {
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
          name={name ?? id}
          type={type}
          value={value}
          autoComplete={autoComplete}
          required={required}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      }
    />
  );
}
