import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withAdmin } from '../support/database';
import { crossTenantMatrix, MATRIX_FILES, matrixOperations } from './matrix';

/**
 * SEC-03 (see ./matrix.ts): the network's people, organisations, invitations, settings and identity
 * providers; a person's own account, second factors, passkeys, notifications and calendar feed.
 * Also the matrix's own guard: every operation of the schema is tried in one of its files.
 */
describe('cross-tenant matrix', () => {
  const m = crossTenantMatrix('networks-and-people');

  it('covers every operation of the schema', () => {
    const { t } = m;
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}),
    ].sort();
    // Each exactly once: an operation in no table, or in two, fails here.
    expect(matrixOperations().sort()).toEqual(operations);
    // And every table is tried: each file of the matrix has its spec beside ./matrix.ts.
    for (const file of Object.keys(MATRIX_FILES)) expect(readFileSync(join(__dirname, `${file}.spec.ts`), 'utf8')).toContain(`crossTenantMatrix('${file}')`);
  });

  it('audits the denials', async () => {
    const { t, world } = m;
    const { rows } = await withAdmin(
      (c) => c.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied' AND actor_user_id = $1`, [world.b.coordinator.id]),
      t.db.ownerUrl,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(4);
  });
});
