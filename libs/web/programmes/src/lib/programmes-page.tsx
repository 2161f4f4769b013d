import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CreateProgrammeDocument, ProgrammesDocument, type SharingLevel, isCoordinator, useSession } from '@kijkje/web/data-access';
import {
  InputField,
  SelectField,
  TextareaField,
  TextField,
  RouterLink,
  ErrorAlert,
  ErrorState,
  LoadingState,
  requiredFields,
  useFormErrors,
  type ClientErrors,
  usePageTitle,
  formatNumber,
  newIdempotencyKey,
} from '@kijkje/web/ui';
import { DEFAULT_THEMES, ROUND_MIN_ORGANISATIONS, checkProgrammePlaces, programmeViolationMessages } from '@kijkje/domain';
import { amsterdamDate, amsterdamInstant } from './dates';
import { checkProgrammeForm, themeItems, type ThemeItem } from './programme-form';
import { ThemesEditor } from './themes-editor';

export const SHARING_LEVELS: SharingLevel[] = ['ROUND', 'NETWORK', 'PUBLIC'];

export function ProgrammesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('programmes.title'));
  const { viewer } = useSession();
  const network = viewer?.currentNetwork;
  const { data, loading, error } = useQuery(ProgrammesDocument, { fetchPolicy: 'cache-and-network', skip: !network });

  if (!network) {
    return (
      <>
        <Heading level={1}>{t('programmes.title')}</Heading>
        <Paragraph>{t('common.notInNetwork')}</Paragraph>
      </>
    );
  }
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  const programmes = data?.programmes ?? [];

  return (
    <>
      <Heading level={1}>{t('programmes.title')}</Heading>
      {programmes.length === 0 ? (
        <Paragraph>{t('programmes.empty')}</Paragraph>
      ) : (
        <div className="kijkje-table-scroll">
          <Table>
            <TableCaption>{t('programmes.caption', { network: network.name })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('programmes.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('programmes.statusLabel')}</TableHeaderCell>
                <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
                  {t('programmes.placesTaken')}
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
                  {t('programmes.waitlist')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {programmes.map((programme) => (
                <TableRow key={programme.id}>
                  <TableCell>
                    <RouterLink to={`/programmas/${programme.id}`}>{programme.name}</RouterLink>
                  </TableCell>
                  <TableCell>{t(`programmes.status.${programme.status}`)}</TableCell>
                  <TableCell className="utrecht-table__cell--numeric">
                    {t('programmes.placesOf', {
                      taken: formatNumber(programme.placesTaken, i18n.language),
                      places: formatNumber(programme.places, i18n.language),
                    })}
                  </TableCell>
                  <TableCell className="utrecht-table__cell--numeric">{formatNumber(programme.waitlistLength, i18n.language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {isCoordinator(viewer) && <CreateProgrammeForm />}
    </>
  );
}

function CreateProgrammeForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [places, setPlaces] = useState('10');
  const [opensAt, setOpensAt] = useState(amsterdamDate());
  const [closesAt, setClosesAt] = useState(amsterdamDate(30));
  const [sharing, setSharing] = useState<SharingLevel>('NETWORK');
  const [themes, setThemes] = useState<ThemeItem[]>(() => themeItems(DEFAULT_THEMES, false));
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [create, { loading }] = useMutation(CreateProgrammeDocument, { refetchQueries: [ProgrammesDocument] });
  const errors = useFormErrors();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: ClientErrors = requiredFields({ name, places });
    const count = Number(places);
    const [placesProblem] = checkProgrammePlaces(count);
    if (!problems.places && placesProblem) problems.places = programmeViolationMessages[placesProblem];
    if (opensAt && closesAt && closesAt < opensAt) problems.signUpClosesAt = 'programmes.windowInvalid';
    Object.assign(problems, checkProgrammeForm(themes));
    if (!errors.check(problems)) return;
    try {
      const result = await create({
        variables: {
          input: {
            name: name.trim(),
            description: description.trim() || null,
            themes: themes.map((item) => item.name.trim()),
            places: count,
            signUpOpensAt: amsterdamInstant(opensAt, false),
            signUpClosesAt: amsterdamInstant(closesAt, true),
            defaultSharing: sharing,
            idempotencyKey,
          },
        },
      });
      const id = result.data?.createProgramme.id;
      if (id) void navigate(`/programmas/${id}`, { state: { created: true } });
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="create-programme-heading">
      <Heading level={2} id="create-programme-heading">
        {t('programmes.createTitle')}
      </Heading>
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <TextField
          id="programme-name"
          name="name"
          label={t('programmes.name')}
          value={name}
          onChange={setName}
          autoComplete="off"
          required
          error={errors.field('name')}
        />
        <TextareaField
          id="programme-description"
          label={t('programmes.description')}
          value={description}
          onChange={setDescription}
          error={errors.field('description')}
        />
        <InputField
          id="programme-places"
          type="number"
          min={ROUND_MIN_ORGANISATIONS}
          label={t('programmes.places')}
          description={t('programmes.placesDescription')}
          value={places}
          onChange={setPlaces}
          required
          error={errors.field('places')}
        />
        <InputField
          id="programme-opens"
          type="date"
          label={t('programmes.opensAt')}
          value={opensAt}
          onChange={setOpensAt}
          error={errors.field('signUpOpensAt')}
        />
        <InputField
          id="programme-closes"
          type="date"
          label={t('programmes.closesAt')}
          value={closesAt}
          onChange={setClosesAt}
          error={errors.field('signUpClosesAt')}
        />
        <SelectField
          id="programme-sharing"
          label={t('programmes.defaultSharing')}
          description={t('programmes.defaultSharingDescription')}
          value={sharing}
          onChange={(value) => setSharing(SHARING_LEVELS.find((level) => level === value) ?? 'NETWORK')}
          options={SHARING_LEVELS.map((level) => ({ value: level, label: t(`programmes.sharing.${level}`) }))}
          error={errors.field('defaultSharing')}
        />
        <ThemesEditor themes={themes} onChange={setThemes} error={errors.field} />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('programmes.createSubmit')}
        </Button>
      </form>
    </section>
  );
}
