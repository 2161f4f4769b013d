export { ActionPlanPage, ReportPage, TimelinePage } from '@kijkje/web/reports';
