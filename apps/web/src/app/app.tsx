import { useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { createApolloClient } from '../lib/apollo';
import { AdminPage } from '../pages/admin-page';
import { ForgotPasswordPage } from '../pages/forgot-password-page';
import { HomePage } from '../pages/home-page';
import { InvitationPage } from '../pages/invitation-page';
import { NotFoundPage } from '../pages/not-found-page';
import { OrganisationsPage } from '../pages/organisations-page';
import { PeoplePage } from '../pages/people-page';
import { ResetPasswordPage } from '../pages/reset-password-page';
import { SignInPage } from '../pages/sign-in-page';
import { Layout } from './layout';
import { RequireAuth, SessionProvider } from './session';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route path="/inloggen" element={<SignInPage />} />
              <Route path="/wachtwoord-vergeten" element={<ForgotPasswordPage />} />
              <Route path="/wachtwoord-herstellen/:token" element={<ResetPasswordPage />} />
              <Route path="/uitnodiging/:token" element={<InvitationPage />} />
              <Route path="/" element={<RequireAuth><HomePage /></RequireAuth>} />
              <Route path="/beheer" element={<RequireAuth><AdminPage /></RequireAuth>} />
              <Route path="/netwerk/organisaties" element={<RequireAuth><OrganisationsPage /></RequireAuth>} />
              <Route path="/netwerk/mensen" element={<RequireAuth><PeoplePage /></RequireAuth>} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </ApolloProvider>
  );
}
