export { MeetingPage, MeetingsPage, PlenaryPage, TablePage } from '@kijkje/web/meetings';
