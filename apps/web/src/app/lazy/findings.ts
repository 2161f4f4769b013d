export { FindingsBoardPage } from '@kijkje/web/findings';
