export { MeetingPage, MeetingReportPage, MeetingsPage, PlenaryPage, TablePage } from '@kijkje/web/meetings';
