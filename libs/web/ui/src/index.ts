export { describedBy } from './describedby';
export { TextField } from './text-field';
export type { TextFieldProps } from './text-field';
export { SelectField } from './select-field';
export type { SelectFieldOption, SelectFieldProps } from './select-field';
export { VisuallyHidden } from './visually-hidden';
