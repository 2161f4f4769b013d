export { ReportPage } from '@kijkje/web/reports';
