import { crossTenantMatrix } from './matrix';

/**
 * SEC-03 (see ./matrix.ts): programmes, applications, rounds and their evaluations; visits, their teams
 * and findings, and the live board of findings.
 */
describe('cross-tenant matrix', () => {
  crossTenantMatrix('programmes-and-visits');
});
