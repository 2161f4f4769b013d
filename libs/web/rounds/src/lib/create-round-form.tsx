import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CreateRoundDocument } from '@kijkje/web/data-access';
import { TextField, ErrorAlert, requiredFields, useFormErrors, newIdempotencyKey } from '@kijkje/web/ui';
import { COMPOSITION_REFETCH as REFETCH } from './composition-refetch';

export function CreateRoundForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateRoundDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const errors = useFormErrors();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    if (!errors.check(requiredFields({ name }))) return;
    try {
      await create({ variables: { input: { programmeId, name: name.trim(), idempotencyKey } } });
      setCreated(name.trim());
      setName('');
      setIdempotencyKey(newIdempotencyKey());
    } catch (err) {
      errors.fail(err);
    }
  };

  return (
    <section className="kijkje-round" aria-labelledby="create-round-heading">
      <Heading level={3} id="create-round-heading">
        {t('composition.createRound')}
      </Heading>
      <div role="status">{created && <Alert type="ok">{t('composition.roundCreated', { name: created })}</Alert>}</div>
      <ErrorAlert message={errors.field('name') ? null : errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <TextField
          id="round-name"
          label={t('composition.roundName')}
          value={name}
          onChange={setName}
          autoComplete="off"
          required
          error={errors.field('name')}
        />
        <Button type="submit" appearance="secondary-action-button" busy={loading} disabled={loading}>
          {t('composition.createRoundSubmit')}
        </Button>
      </form>
    </section>
  );
}
