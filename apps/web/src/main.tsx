import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles.css';
import { initI18n } from './i18n';
import { App } from './app/app';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');
const root = container;

// The person's language is loaded before the first render; the other only when they switch.
void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
