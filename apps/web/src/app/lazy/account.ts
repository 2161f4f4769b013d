export { AccountPage } from '@kijkje/web/account';
