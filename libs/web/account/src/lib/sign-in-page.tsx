import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { SignInDocument, useSession } from '@kijkje/web/data-access';
import { OrganisationSignIn } from './organisation-sign-in';
import { TextField, RouterLink, ErrorAlert, LoadingState, errorExtensions, requiredFields, useFormErrors, usePageTitle } from '@kijkje/web/ui';
import { SecondStep } from './second-step';

interface SignInState {
  from?: string;
  passwordChanged?: boolean;
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { viewer, loading: sessionLoading } = useSession();
  const location = useLocation();
  const state = (location.state ?? {}) as SignInState;
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signIn, { loading }] = useMutation(SignInDocument);
  // The right password of a person with a second factor: the challenge of the second step.
  const [challenge, setChallenge] = useState<{ token: string; methods: string[]; passkeyOptions: string | null } | null>(null);
  // Never say which of the two was wrong (no account enumeration); only rate limits get their own text.
  const errors = useFormErrors((view) =>
    view.code === 'RATE_LIMITED' ? (view.message ?? t('errors.RATE_LIMITED')) : view.code === 'NETWORK' ? t('errors.NETWORK') : t('signIn.failed'),
  );

  if (sessionLoading) return <LoadingState />;
  if (viewer) {
    const target = state.from && state.from.startsWith('/') && state.from !== '/inloggen' ? state.from : '/';
    return <Navigate to={target} replace />;
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(requiredFields({ email, password }))) return;
    try {
      await signIn({ variables: { input: { email: email.trim(), password } } });
      setPassword('');
      await client.resetStore();
    } catch (error) {
      const extensions = errorExtensions(error);
      if (extensions?.['code'] === 'SECOND_FACTOR_NEEDED' && typeof extensions['challenge'] === 'string') {
        setPassword('');
        const methods = Array.isArray(extensions['methods']) ? (extensions['methods'] as string[]) : ['TOTP', 'RECOVERY_CODE'];
        const passkeyOptions = typeof extensions['passkeyOptions'] === 'string' ? extensions['passkeyOptions'] : null;
        setChallenge({ token: extensions['challenge'], methods, passkeyOptions });
      } else errors.fail(error);
    }
  };

  if (challenge)
    return (
      <SecondStep challenge={challenge.token} methods={challenge.methods} passkeyOptions={challenge.passkeyOptions} onRestart={() => setChallenge(null)} />
    );

  return (
    <>
      <Heading level={1}>{t('signIn.title')}</Heading>
      {state.passwordChanged && <Alert type="ok">{t('signIn.passwordChanged')}</Alert>}
      <Paragraph>{t('signIn.intro')}</Paragraph>
      <ErrorAlert message={errors.general} />
      <form className="kijkje-form" noValidate onSubmit={onSubmit}>
        <TextField
          id="email"
          type="email"
          label={t('signIn.email')}
          value={email}
          onChange={setEmail}
          autoComplete="username"
          required
          error={errors.field('email')}
        />
        <TextField
          id="password"
          type="password"
          label={t('signIn.password')}
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
          error={errors.field('password')}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {t('signIn.submit')}
        </Button>
      </form>
      <OrganisationSignIn email={email} />
      <Paragraph>
        <RouterLink to="/wachtwoord-vergeten">{t('signIn.forgot')}</RouterLink>
      </Paragraph>
    </>
  );
}
