import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading,
  Link,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { HARVEST_VISIBILITIES } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { CreateHarvestDocument, ProgrammeHarvestsDocument, type HarvestSummaryFieldsFragment, type HarvestVisibility } from '@kijkje/web/data-access';
import { TextField, RouterLink, ErrorAlert, LoadingState, useAction, usePageTitle, formatDateTime, formatNumber, newIdempotencyKey } from '@kijkje/web/ui';
import { chosenRounds } from './harvest-counts';
import { harvestServing } from './harvest-serving';
import { HarvestLoadError, publicPath } from './harvest-states';
import './harvests.css';

/** The harvests of one programme, for its coordinators, and a form to start a new one. */
export function HarvestsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ProgrammeHarvestsDocument, { variables: { programmeId: id }, fetchPolicy: 'cache-and-network' });
  const name = data?.programme.name;
  usePageTitle(name ? t('harvests.title', { name }) : t('harvests.nav'));

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <HarvestLoadError error={error} />;
  if (!data) return null;
  const programme = data.programme;

  return (
    <>
      <Paragraph>
        <RouterLink to={`/programmas/${programme.id}`}>{t('harvests.back', { name: programme.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('harvests.title', { name: programme.name })}</Heading>
      <Paragraph>{t('harvests.intro')}</Paragraph>
      <section className="kijkje-section" aria-labelledby="harvests-list-heading">
        <Heading level={2} id="harvests-list-heading">
          {t('harvests.listTitle')}
        </Heading>
        {data.harvests.length === 0 ? <Paragraph>{t('harvests.empty')}</Paragraph> : <HarvestList harvests={data.harvests} />}
      </section>
      <CreateHarvestForm programmeId={programme.id} rounds={programme.rounds} />
    </>
  );
}

function HarvestList({ harvests }: { harvests: readonly HarvestSummaryFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <ul className="kijkje-results" aria-labelledby="harvests-list-heading">
      {harvests.map((harvest) => {
        // Only while the newest version is public and not withdrawn (the public page's own rule).
        const isPublic = harvestServing(harvest.versions).state === 'PUBLIC';
        return (
          <li key={harvest.id}>
            <div>
              <RouterLink to={`/oogsten/${harvest.id}`}>{harvest.title}</RouterLink>
              <Paragraph className="kijkje-harvest-meta">
                {t(`harvest.status.${harvest.status}`, { defaultValue: harvest.status })} · {t(`harvest.visibility.${harvest.visibility}`)} ·{' '}
                {t('harvests.versions', { count: harvest.versions.length, n: formatNumber(harvest.versions.length, lang) })} ·{' '}
                {t('harvests.updatedAt', { date: formatDateTime(harvest.updatedAt, lang) })}
              </Paragraph>
            </div>
            {isPublic && (
              <Link href={publicPath(harvest.slug)}>
                {t('harvest.publicLink')}
                <span className="kijkje-visually-hidden"> {harvest.title}</span>
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function CreateHarvestForm({ programmeId, rounds }: { programmeId: string; rounds: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [visibility, setVisibility] = useState<HarvestVisibility>('NETWORK');
  const [chosen, setChosen] = useState<string[]>([]);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [create] = useMutation(CreateHarvestDocument, { refetchQueries: [ProgrammeHarvestsDocument] });
  const action = useAction(
    async (trimmed: string) =>
      (await create({ variables: { input: { programmeId, title: trimmed, visibility, roundIds: chosenRounds(rounds, chosen), idempotencyKey } } })).data
        ?.createHarvest.id,
    {
      onDone: (id) => {
        if (id) void navigate(`/oogsten/${id}`, { state: { created: true } });
      },
    },
  );
  const { errors, pending: loading } = action;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!errors.check(trimmed ? {} : { title: 'common.required' })) {
      document.getElementById('harvest-title')?.focus();
      return;
    }
    void action.run(trimmed);
  };

  return (
    <section className="kijkje-section" aria-labelledby="harvest-create-heading">
      <Heading level={2} id="harvest-create-heading">
        {t('harvests.create.title')}
      </Heading>
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <TextField id="harvest-title" label={t('harvest.fields.title')} value={title} onChange={setTitle} required error={errors.field('title')} />
        <Fieldset>
          <FieldsetLegend>{t('harvest.fields.visibility')}</FieldsetLegend>
          {HARVEST_VISIBILITIES.map((level) => (
            <FormField
              key={level}
              type="radio"
              label={
                <FormLabel htmlFor={`harvest-visibility-${level}`} type="radio">
                  {t(`harvest.visibilityOption.${level}`)}
                </FormLabel>
              }
              input={
                <RadioButton
                  id={`harvest-visibility-${level}`}
                  name="visibility"
                  value={level}
                  checked={visibility === level}
                  onChange={() => setVisibility(level)}
                />
              }
            />
          ))}
        </Fieldset>
        <Fieldset aria-describedby="harvest-rounds-description">
          <FieldsetLegend>{t('harvests.create.rounds')}</FieldsetLegend>
          <FormFieldDescription id="harvest-rounds-description">{t('harvests.create.roundsDescription')}</FormFieldDescription>
          {rounds.length === 0 && <Paragraph>{t('harvests.create.noRounds')}</Paragraph>}
          {rounds.map((round) => (
            <FormField
              key={round.id}
              type="checkbox"
              label={
                <FormLabel htmlFor={`harvest-round-${round.id}`} type="checkbox">
                  {round.name}
                </FormLabel>
              }
              input={
                <Checkbox
                  id={`harvest-round-${round.id}`}
                  name="rounds"
                  value={round.id}
                  checked={chosen.includes(round.id)}
                  onChange={(event) => setChosen((current) => (event.target.checked ? [...current, round.id] : current.filter((id) => id !== round.id)))}
                />
              }
            />
          ))}
          {errors.field('roundIds') && <Alert type="error">{errors.field('roundIds')}</Alert>}
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('harvests.create.submit')}
        </Button>
      </form>
    </section>
  );
}
