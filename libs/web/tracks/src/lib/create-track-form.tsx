import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CreateTrackDocument } from '@kijkje/web/data-access';
import { ErrorAlert, TextField, TextareaField, useAction } from '@kijkje/web/ui';

/** The coordinator's form for a new learning track: created as a draft, then set up on its own page. */
export function CreateTrackForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(CreateTrackDocument, { refetchQueries: ['Tracks'] });
  const [v, setV] = useState({ title: '', description: '', capacity: '12' });
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const action = useAction(
    async () => {
      const { data } = await create({
        variables: { input: { title: v.title, description: v.description || null, capacity: Number.parseInt(v.capacity, 10) || 0 } },
      });
      return data!.createTrack.id;
    },
    { onDone: (id) => void navigate(`/leergangen/${id}`) },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  const f = action.errors.field;
  return (
    <section className="kijkje-section" aria-labelledby="track-create-heading">
      <Heading level={2} id="track-create-heading">
        {t('tracks.create.title')}
      </Heading>
      <form onSubmit={submit} noValidate>
        <ErrorAlert message={action.errors.general} />
        <TextField id="track-title" label={t('tracks.create.name')} value={v.title} onChange={set('title')} required error={f('title')} />
        <TextareaField
          id="track-description"
          label={t('tracks.create.description')}
          value={v.description}
          onChange={set('description')}
          error={f('description')}
          rows={3}
        />
        <TextField id="track-capacity" label={t('tracks.create.capacity')} value={v.capacity} onChange={set('capacity')} required error={f('capacity')} />
        <Paragraph>
          <Button type="submit" appearance="primary-action-button" disabled={action.pending}>
            {t('tracks.create.submit')}
          </Button>
        </Paragraph>
      </form>
    </section>
  );
}
