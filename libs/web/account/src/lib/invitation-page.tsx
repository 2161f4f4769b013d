import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { AcceptInvitationDocument, InvitationPreviewDocument, type InvitationPreviewQuery } from '@kijkje/web/data-access';
import {
  TextField,
  ErrorAlert,
  ErrorState,
  LoadingState,
  RouterLink,
  errorExtensions,
  requiredFields,
  useFormErrors,
  type ClientErrors,
  usePageTitle,
} from '@kijkje/web/ui';
import { NewPasswordFields, newPasswordProblems } from './new-password-fields';

type Preview = NonNullable<InvitationPreviewQuery['invitation']>;

export function InvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(InvitationPreviewDocument, { variables: { token }, fetchPolicy: 'network-only' });

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  const preview = data?.invitation;
  return (
    <>
      <Heading level={1}>{t('invitation.title')}</Heading>
      {preview ? <AcceptForm token={token} preview={preview} /> : <Alert type="error">{t('invitation.invalid')}</Alert>}
    </>
  );
}

function AcceptForm({ token, preview }: { token: string; preview: Preview }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [name, setName] = useState(preview.name);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [accept, { loading }] = useMutation(AcceptInvitationDocument);
  const errors = useFormErrors();
  // The account has a second factor: accepting takes a full sign-in first.
  const [signInFirst, setSignInFirst] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    let problems: ClientErrors;
    if (preview.accountExists) {
      problems = requiredFields({ password });
    } else {
      problems = { ...requiredFields({ name }), ...newPasswordProblems(password, repeat) };
    }
    if (!errors.check(problems)) return;
    try {
      await accept({
        variables: { input: preview.accountExists ? { token, password } : { token, password, name: name.trim() } },
      });
      await client.resetStore();
      void navigate('/', { replace: true });
    } catch (error) {
      if (errorExtensions(error)?.['code'] === 'SECOND_FACTOR_NEEDED') setSignInFirst(true);
      else errors.fail(error);
    }
  };

  if (signInFirst)
    return (
      <Alert type="info">
        <Paragraph>{t('invitation.signInFirst')}</Paragraph>
        <Paragraph>
          <RouterLink to="/inloggen">{t('invitation.toSignIn')}</RouterLink>
        </Paragraph>
      </Alert>
    );

  return (
    <>
      <Paragraph>{t('invitation.intro', { network: preview.networkName })}</Paragraph>
      <dl className="kijkje-facts">
        <dt>{t('invitation.network')}</dt>
        <dd>{preview.networkName}</dd>
        <dt>{t('invitation.email')}</dt>
        <dd>{preview.email}</dd>
        <dt>{t('invitation.role')}</dt>
        <dd>{t(`roles.${preview.role}`)}</dd>
        <dt>{t('invitation.organisation')}</dt>
        <dd>{preview.organisationName ?? t('common.none')}</dd>
      </dl>
      <Paragraph>{preview.accountExists ? t('invitation.existingIntro') : t('invitation.newIntro')}</Paragraph>
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        {/* Lets password managers tie the new password to the invited address. */}
        <input type="hidden" name="username" autoComplete="username" value={preview.email} />
        {preview.accountExists ? (
          <TextField
            id="password"
            type="password"
            label={t('invitation.password')}
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            required
            error={errors.field('password')}
          />
        ) : (
          <>
            <TextField id="name" label={t('invitation.name')} value={name} onChange={setName} autoComplete="name" required error={errors.field('name')} />
            <NewPasswordFields
              password={password}
              repeat={repeat}
              onPassword={setPassword}
              onRepeat={setRepeat}
              passwordLabel={t('invitation.newPassword')}
              repeatLabel={t('invitation.repeat')}
              error={errors.field}
            />
          </>
        )}
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {preview.accountExists ? t('invitation.submitExisting') : t('invitation.submitNew')}
        </Button>
      </form>
    </>
  );
}
