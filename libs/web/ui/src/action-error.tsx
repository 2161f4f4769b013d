import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { useFormErrors } from './use-form-errors';

/**
 * The error of a button without its own fields (open sign-ups, start a round): the general message
 * and every field message the server sent, in one alert.
 */
export function ActionError({ errors }: { errors: ReturnType<typeof useFormErrors> }) {
  if (!errors.general) return null;
  const details = Object.values(errors.view?.fields ?? {}).filter((text) => text !== errors.general);
  // "Check the marked fields" means nothing next to a button: then the field messages say it all.
  const showGeneral = details.length === 0 || Boolean(errors.view?.message);
  return (
    <Alert type="error">
      {showGeneral && <Paragraph>{errors.general}</Paragraph>}
      {details.map((text) => (
        <Paragraph key={text}>{text}</Paragraph>
      ))}
    </Alert>
  );
}
