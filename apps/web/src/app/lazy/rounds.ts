export { CompositionPage } from '@kijkje/web/rounds';
