import type { ChangeEvent, ReactNode } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { describedBy } from './describedby';

export interface SelectFieldOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  options: SelectFieldOption[];
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string | null;
  required?: boolean;
}

export function SelectField({ id, label, value, options, onChange, description, error, required }: SelectFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Select
          id={id}
          name={id}
          value={value}
          required={required}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}
