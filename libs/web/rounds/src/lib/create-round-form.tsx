import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CreateRoundDocument } from '@kijkje/web/data-access';
import { TextField, ErrorAlert, requiredFields, useAction, newIdempotencyKey } from '@kijkje/web/ui';
import { COMPOSITION_REFETCH as REFETCH } from './composition-refetch';

export function CreateRoundForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [create] = useMutation(CreateRoundDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const action = useAction(
    async (roundName: string) => {
      await create({ variables: { input: { programmeId, name: roundName, idempotencyKey } } });
      return roundName;
    },
    {
      onDone: () => {
        setName('');
        setIdempotencyKey(newIdempotencyKey());
      },
    },
  );
  const { errors } = action;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    action.reset();
    if (!errors.check(requiredFields({ name }))) return;
    void action.run(name.trim());
  };

  return (
    <section className="kijkje-round" aria-labelledby="create-round-heading">
      <Heading level={3} id="create-round-heading">
        {t('composition.createRound')}
      </Heading>
      <div role="status">{action.done && <Alert type="ok">{t('composition.roundCreated', { name: action.done })}</Alert>}</div>
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
        <Button type="submit" appearance="secondary-action-button" busy={action.pending} disabled={action.pending}>
          {t('composition.createRoundSubmit')}
        </Button>
      </form>
    </section>
  );
}
