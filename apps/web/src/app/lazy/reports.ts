export { ActionPlanPage, ReportPage } from '@kijkje/web/reports';
