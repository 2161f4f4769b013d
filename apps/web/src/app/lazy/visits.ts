export { MyVisitsPage, VisitPage } from '@kijkje/web/visits';
