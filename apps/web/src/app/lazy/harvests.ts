export { HarvestPage, HarvestsPage, HarvestVersionPage, PublishedHarvestsPage } from '@kijkje/web/harvests';
