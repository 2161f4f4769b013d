import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
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
import {
  AddOrganisationDocument,
  MunicipalitiesDocument,
  OrganisationsDocument,
  type OrganisationsQuery,
  isCoordinator,
  useSession,
} from '@kijkje/web/data-access';
import {
  TextField,
  VisuallyHidden,
  ErrorAlert,
  ErrorState,
  LoadingState,
  useFormErrors,
  usePageTitle,
  formatDate,
  formatNumber,
  newIdempotencyKey,
  RouterLink,
} from '@kijkje/web/ui';
import { IdentityProvidersSection } from './identity-providers-section';
import { RetentionSection } from './privacy/retention-section';
import { SecondFactorPolicySection } from './second-factor-policy-section';

type Organisation = OrganisationsQuery['organisations'][number];

export function OrganisationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('organisations.title'));
  const { viewer } = useSession();
  const { data, loading, error } = useQuery(OrganisationsDocument, { fetchPolicy: 'cache-and-network', skip: !viewer?.currentNetwork });
  const network = viewer?.currentNetwork;

  if (!network) {
    return (
      <>
        <Heading level={1}>{t('organisations.title')}</Heading>
        <Paragraph>{t('common.notInNetwork')}</Paragraph>
      </>
    );
  }

  const organisations = data?.organisations ?? [];
  return (
    <>
      <Heading level={1}>{t('organisations.title')}</Heading>
      <Paragraph>{network.name}</Paragraph>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : organisations.length > 0 ? (
        <div className="kijkje-table-scroll">
          <Table>
            <TableCaption>{t('organisations.caption', { network: network.name })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('organisations.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('organisations.cbsCode')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('organisations.province')}</TableHeaderCell>
                <TableHeaderCell scope="col" className="utrecht-table__header-cell--numeric">
                  {t('organisations.population')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {organisations.map((organisation) => (
                <TableRow key={organisation.id}>
                  <TableCell>
                    {isCoordinator(viewer) ? <RouterLink to={`/tijdlijn/${organisation.id}`}>{organisation.name}</RouterLink> : organisation.name}
                  </TableCell>
                  <TableCell>{organisation.cbsCode ?? ''}</TableCell>
                  <TableCell>{organisation.province ?? ''}</TableCell>
                  <TableCell className="utrecht-table__cell--numeric">{formatNumber(organisation.population, i18n.language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : (
        <Paragraph>{t('organisations.empty')}</Paragraph>
      )}
      {isCoordinator(viewer) ? <AddMunicipality organisations={organisations} /> : <Paragraph>{t('organisations.readOnly')}</Paragraph>}
      {isCoordinator(viewer) && <IdentityProvidersSection organisations={organisations} />}
      {isCoordinator(viewer) && <RetentionSection />}
      {isCoordinator(viewer) && <SecondFactorPolicySection />}
    </>
  );
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

function AddMunicipality({ organisations }: { organisations: Organisation[] }) {
  const { t, i18n } = useTranslation();
  const [term, setTerm] = useState('');
  const [submitted, setSubmitted] = useState('');
  const debounced = useDebounced(term.trim(), 300);
  // Typing searches after a short pause; Enter or the button searches at once.
  const search = submitted === term.trim() ? submitted : debounced;
  const [added, setAdded] = useState<string | null>(null);
  const { data, loading, error } = useQuery(MunicipalitiesDocument, { variables: { search }, skip: search.length < 2 });
  const [addOrganisation, { loading: adding }] = useMutation(AddOrganisationDocument, { refetchQueries: [OrganisationsDocument], awaitRefetchQueries: true });
  const errors = useFormErrors();

  const present = new Set(organisations.map((organisation) => organisation.cbsCode).filter(Boolean));
  const items = search.length >= 2 ? (data?.municipalities.items ?? []) : [];

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(term.trim());
  };

  const onAdd = async (cbsCode: string, name: string) => {
    setAdded(null);
    errors.clear();
    try {
      await addOrganisation({ variables: { input: { cbsCode, idempotencyKey: newIdempotencyKey() } } });
      setAdded(name);
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="add-municipality-heading">
      <Heading level={2} id="add-municipality-heading">
        {t('organisations.addTitle')}
      </Heading>
      <div role="status">{added && <Alert type="ok">{t('organisations.added', { name: added })}</Alert>}</div>
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" role="search" noValidate onSubmit={onSearch}>
        <TextField
          id="municipality-search"
          type="search"
          label={t('organisations.search')}
          description={t('organisations.searchDescription')}
          value={term}
          onChange={setTerm}
          autoComplete="off"
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('organisations.searchSubmit')}
        </Button>
      </form>
      <section className="kijkje-section" aria-labelledby="results-heading">
        <Heading level={3} id="results-heading">
          {t('organisations.results')}
        </Heading>
        <Paragraph role="status" aria-live="polite">
          {search.length < 2
            ? ''
            : loading && !data
              ? t('common.loading')
              : items.length > 0
                ? t('organisations.resultCount', { count: items.length })
                : t('organisations.noResults')}
        </Paragraph>
        {error && <ErrorAlert message={t('common.errorGeneric')} />}
        {items.length > 0 && (
          <ul className="kijkje-results" aria-labelledby="results-heading">
            {items.map((municipality) => (
              <li key={municipality.cbsCode}>
                <span>
                  {municipality.name} ({municipality.cbsCode}), {municipality.province}, {formatNumber(municipality.population, i18n.language)}
                </span>
                {present.has(municipality.cbsCode) ? (
                  <span>{t('organisations.alreadyAdded')}</span>
                ) : (
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    disabled={adding}
                    onClick={() => void onAdd(municipality.cbsCode, municipality.name)}
                  >
                    {t('organisations.add')}
                    <VisuallyHidden> {municipality.name}</VisuallyHidden>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {data && items.length > 0 && (
          <Paragraph>
            <small>
              {t('organisations.source', {
                source: data.municipalities.source,
                date: formatDate(data.municipalities.referenceDate, i18n.language) || data.municipalities.referenceDate,
              })}
            </small>
          </Paragraph>
        )}
      </section>
    </section>
  );
}
