import { useState, type FormEvent } from 'react';
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
import { CreateNetworkDocument, NetworksDocument, useSession } from '@kijkje/web/data-access';
import {
  TextField,
  ErrorAlert,
  ErrorState,
  LoadingState,
  NoAccess,
  requiredFields,
  useFormErrors,
  usePageTitle,
  formatDate,
  newIdempotencyKey,
} from '@kijkje/web/ui';

export function AdminPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  if (!viewer?.user.isPlatformAdmin) return <NoAccess title={t('admin.title')} />;
  return <AdminContent />;
}

function AdminContent() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('admin.title'));
  const { data, loading, error } = useQuery(NetworksDocument, { fetchPolicy: 'cache-and-network' });

  return (
    <>
      <Heading level={1}>{t('admin.title')}</Heading>
      <section className="kijkje-section" aria-labelledby="networks-heading">
        <Heading level={2} id="networks-heading">
          {t('admin.networks')}
        </Heading>
        {loading && !data ? (
          <LoadingState />
        ) : error && !data ? (
          <ErrorState error={error} />
        ) : data && data.networks.length > 0 ? (
          <div className="kijkje-table-scroll">
            <Table>
              <TableCaption className="kijkje-visually-hidden">{t('admin.networks')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('admin.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.slug')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.createdAt')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.networks.map((network) => (
                  <TableRow key={network.id}>
                    <TableCell>{network.name}</TableCell>
                    <TableCell>{network.slug}</TableCell>
                    <TableCell>{formatDate(network.createdAt, i18n.language)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ) : (
          <Paragraph>{t('admin.empty')}</Paragraph>
        )}
      </section>
      <CreateNetworkForm />
    </>
  );
}

function CreateNetworkForm() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [coordinatorEmail, setCoordinatorEmail] = useState('');
  const [coordinatorName, setCoordinatorName] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [created, setCreated] = useState<string | null>(null);
  const [createNetwork, { loading }] = useMutation(CreateNetworkDocument, { refetchQueries: [NetworksDocument] });
  const errors = useFormErrors();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    if (!errors.check(requiredFields({ name, coordinatorEmail, coordinatorName }))) return;
    try {
      const result = await createNetwork({
        variables: { input: { name: name.trim(), coordinatorEmail: coordinatorEmail.trim(), coordinatorName: coordinatorName.trim(), idempotencyKey } },
      });
      setCreated(result.data?.createNetwork.name ?? name);
      setName('');
      setCoordinatorEmail('');
      setCoordinatorName('');
      setIdempotencyKey(newIdempotencyKey());
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="create-network-heading">
      <Heading level={2} id="create-network-heading">
        {t('admin.createTitle')}
      </Heading>
      {created && <Alert type="ok">{t('admin.created', { name: created })}</Alert>}
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <TextField id="name" label={t('admin.networkName')} value={name} onChange={setName} autoComplete="off" required error={errors.field('name')} />
        <TextField
          id="coordinatorEmail"
          type="email"
          label={t('admin.coordinatorEmail')}
          description={t('admin.coordinatorDescription')}
          value={coordinatorEmail}
          onChange={setCoordinatorEmail}
          autoComplete="off"
          required
          error={errors.field('coordinatorEmail')}
        />
        <TextField
          id="coordinatorName"
          label={t('admin.coordinatorName')}
          value={coordinatorName}
          onChange={setCoordinatorName}
          autoComplete="off"
          required
          error={errors.field('coordinatorName')}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('admin.submit')}
        </Button>
      </form>
    </section>
  );
}
